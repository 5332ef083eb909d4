# | and |= merge dicts; the right side wins.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)  # expect: {'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x': 1} {'x': 1, 'y': 2}
a |= b
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30}
a |= [("w", 0)]
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30, 'w': 0}
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'dict' and 'list'
