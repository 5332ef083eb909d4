# The conditional expression evaluates only the chosen branch.
x = 7
print("odd" if x % 2 else "even")  # expect: odd
print(1 if True else 1 / 0)  # expect: 1
sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(sign)  # expect: pos
print([("small" if n < 3 else "big") for n in range(5)])  # expect: ['small', 'small', 'small', 'big', 'big']
