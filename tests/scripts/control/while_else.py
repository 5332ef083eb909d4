# A while loop's else runs when the condition becomes false.
n = 3
while n > 0:
    print(n)
    n -= 1
else:
    print("liftoff")
# expect: 3
# expect: 2
# expect: 1
# expect: liftoff
