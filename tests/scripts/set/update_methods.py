# In-place set updates: |= &= -= ^= and their method forms.
s = {1, 2, 3}
s |= {4}
s.update([5, 6], (7,))
print(s)  # expect: {1, 2, 3, 4, 5, 6, 7}
s &= {1, 2, 3, 4, 5}
s -= {5}
print(s)  # expect: {1, 2, 3, 4}
s ^= {4, 0}
print(s)  # expect: {0, 1, 2, 3}
s.intersection_update([0, 1, 9])
s.difference_update({0})
s.symmetric_difference_update({1, 6})
print(s)  # expect: {6}
