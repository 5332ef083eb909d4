# A generator expression is a lazy generator: nothing runs until it is iterated.
calls = []


def f(x):
    calls.append(x)
    return x * 10


g = (f(x) for x in range(3))
print(type(g).__name__, calls)  # expect: generator []
print(next(g), calls)  # expect: 0 [0]
print(list(g), calls)  # expect: [10, 20] [0, 1, 2]
