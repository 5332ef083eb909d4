# list.sort sorts in place and returns None.
nums = [5, 2, 9, 1, 5, 6]
print(nums.sort(), nums)  # expect: None [1, 2, 5, 5, 6, 9]
nums.sort(reverse=True)
print(nums)  # expect: [9, 6, 5, 5, 2, 1]
nums.sort(key=lambda x: (x % 2, x))
print(nums)  # expect: [2, 6, 1, 5, 5, 9]
