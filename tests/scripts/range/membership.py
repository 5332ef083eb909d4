# in on a range checks values arithmetically.
r = range(1, 100, 2)
print(51 in r, 50 in r, 101 in r, -1 in r)  # expect: True False False False
print(3.0 in range(5), "a" in range(5))  # expect: True False
