# dict() from keyword arguments, pairs and another dict.
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ["y", 2]]))  # expect: {'x': 1, 'y': 2}
print(dict({"k": 1}, extra=2))  # expect: {'k': 1, 'extra': 2}
print(dict(), {})  # expect: {} {}
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))  # expect: {'a': None, 'b': None} {'x': 0, 'y': 0}
