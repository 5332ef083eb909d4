# An infinite generator consumed until a condition; the rest is never computed.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for f in fibonacci():
    if f > 100:
        break
    out.append(f)
print(out)  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
fib = fibonacci()
print([next(fib) for _ in range(5)], next(fib))  # expect: [0, 1, 1, 2, 3] 5
