# An if clause filters items.
print([x for x in range(20) if x % 3 == 0])  # expect: [0, 3, 6, 9, 12, 15, 18]
print([x for x in range(20) if x % 2 if x % 3])  # expect: [1, 5, 7, 11, 13, 17, 19]
print([w for w in ["a", "", "b", ""] if w])  # expect: ['a', 'b']
