# sorted returns a new sorted list from any iterable.
data = [5, 2, 8, 1]
print(sorted(data), data)  # expect: [1, 2, 5, 8] [5, 2, 8, 1]
print(sorted("hello"), sorted((3, 1, 2), reverse=True))  # expect: ['e', 'h', 'l', 'l', 'o'] [3, 2, 1]
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))  # expect: ['a', 'b'] [1, 2, 3]
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))  # expect: ['ccc', 'bb', 'a']
print(sorted([-3, 2, -1], key=abs))  # expect: [-1, 2, -3]
