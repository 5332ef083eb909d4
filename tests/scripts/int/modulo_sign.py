# The result of % has the sign of the divisor, and (a // b) * b + a % b == a.
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)  # expect: 1 2 -2 -1
print(-1 % 10, 10 % 10)  # expect: 9 0
ok = True
for a in range(-9, 10):
    for b in (-4, -3, 3, 4):
        if (a // b) * b + a % b != a:
            ok = False
print(ok)  # expect: True
