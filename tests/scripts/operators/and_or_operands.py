# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)  # expect: 2 0 1 2
print("" or "default", [] and "x", None or 0)  # expect: default [] 0
print([1] or [], "a" and "b" and "c")  # expect: [1] c
name = None
print(name or "anonymous")  # expect: anonymous
