# An empty list is false; len counts elements.
a = []
print(bool(a), len(a))  # expect: False 0
if not a:
    print("empty")  # expect: empty
a.append(None)
print(bool(a), len(a))  # expect: True 1
