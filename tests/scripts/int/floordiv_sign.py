# Floor division rounds toward negative infinity, whatever the signs.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)  # expect: 3 -4 -4 3
print(6 // 3, -6 // 3, 0 // 5)  # expect: 2 -2 0
print(1 // 10, -1 // 10)  # expect: 0 -1
