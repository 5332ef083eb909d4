# A compound statement's body may follow the colon on the same line.
if 1 < 2: print("yes")  # expect: yes
for i in range(3): print(i, end=",")
print()
# expect: 0,1,2,
n = 3
while n > 0: n -= 1
print(n)  # expect: 0
def sq(x): return x * x
print(sq(7))  # expect: 49
if False: print("no")
else: print("else branch")  # expect: else branch
