# sum with a start value; strings are refused.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum([1, 2.5]), sum(range(101), start=5))  # expect: 6 13 [1, 2] 0.9999999999999999 3.5 5055
print(sum([]), sum([], 0.0), sum(x * x for x in range(4)), sum([True, True]))  # expect: 0 0.0 14 2
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)  # expect: sum() can't sum strings [use ''.join(seq) instead]
try:
    sum(["a"])
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'int' and 'str'
