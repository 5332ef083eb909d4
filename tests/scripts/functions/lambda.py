# lambda creates small anonymous functions.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))  # expect: 49 11 3
print((lambda: "called")())  # expect: called
print(sorted([3, -1, 2], key=lambda v: abs(v)))  # expect: [-1, 2, 3]
print((lambda *a, **k: (a, k))(1, x=2))  # expect: ((1,), {'x': 2})
print(square.__name__)  # expect: <lambda>
