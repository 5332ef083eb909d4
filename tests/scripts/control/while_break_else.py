# break skips a while loop's else clause.
n = 0
while n < 10:
    if n == 3:
        break
    n += 1
else:
    print("not reached")
print(n)  # expect: 3
