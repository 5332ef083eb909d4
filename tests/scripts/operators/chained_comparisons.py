# Chained comparisons evaluate each operand at most once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 > 2, 3 > 2 > 2, 1 == 1 != 2)  # expect: True True False True
print(v(1) < v(2) < v(3), calls)  # expect: True [1, 2, 3]
calls.clear()
print(v(5) < v(1) < v(9), calls)  # expect: False [5, 1]
x = 5
print(0 <= x < 10, 0 < x > 4, 1 < x in [5])  # expect: True True True
