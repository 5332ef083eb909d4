# add, remove, discard, pop and clear mutate a set.
s = {1, 2}
s.add(3)
s.add(1)
s.discard(7)
s.remove(2)
print(s)  # expect: {1, 3}
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 42
x = s.pop()
print(x in (1, 3), len(s))  # expect: True 1
s.clear()
print(s)  # expect: set()
