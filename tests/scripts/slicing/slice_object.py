# slice objects can be stored and reused; they print with None for missing parts.
s = slice(1, 5, 2)
a = "abcdefg"
print(a[s], [0, 1, 2, 3, 4, 5][s])  # expect: bd [1, 3]
print(slice(3), slice(1, 2), s)  # expect: slice(None, 3, None) slice(1, 2, None) slice(1, 5, 2)
print(s.start, s.stop, s.step)  # expect: 1 5 2
print(slice(None, None, -1).indices(5))  # expect: (4, -1, -1)
