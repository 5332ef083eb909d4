# Iterating a dict yields keys in order; items() yields pairs.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
# expect: one 1
# expect: two 2
# expect: three 3
for k, v in d.items():
    print(f"{k}={v}", end=";")
print()
# expect: one=1;two=2;three=3;
print(sum(d.values()), sorted(d))  # expect: 6 ['one', 'three', 'two']
