# Basic integer arithmetic with + - * and unary operators.
print(7 + 3, 7 - 10, 6 * 7)  # expect: 10 -3 42
print(-5, +5, -(-5), - - 5)  # expect: -5 5 5 5
print(2 + 3 * 4 - 1)  # expect: 13
print((2 + 3) * (4 - 1))  # expect: 15
print(0 * -1)  # expect: 0
