# The *_update methods accept any iterables.
s = {1, 2}
s.update([3], (4,), {5: None})
print(s)  # expect: {1, 2, 3, 4, 5}
s.intersection_update([1, 2, 3, 4], range(2, 9))
print(s)  # expect: {2, 3, 4}
s.difference_update([3], "x")
print(s)  # expect: {2, 4}
s.symmetric_difference_update([2, 7, 7])
print(s)  # expect: {4, 7}
