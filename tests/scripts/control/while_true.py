# while True with break, and continue in a while loop.
n = 0
total = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    total += n
print(n, total)  # expect: 11 37
