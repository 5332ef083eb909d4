# A zero step is rejected with ValueError.
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
