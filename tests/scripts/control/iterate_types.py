# for iterates over strings, lists, tuples, dicts, sets and ranges.
for x in "ab", [1, 2], (3,), {"k": 0}, range(2):
    print(list(x))
# expect: ['a', 'b']
# expect: [1, 2]
# expect: [3]
# expect: ['k']
# expect: [0, 1]
