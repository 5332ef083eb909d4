# ranges that never reach their stop are empty.
print(list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(1, 5, -1)))  # expect: [] [] [] []
print(len(range(10, 0)), bool(range(0)), bool(range(1)))  # expect: 0 False True
for i in range(3, 3):
    print("never")
print(range(0) == range(4, 2))  # expect: True
