# Ranges, dict views and slices print in constructor-like form.
d = {"a": 1}
print(range(3), d.keys(), d.values(), d.items(), slice(1, None))  # expect: range(0, 3) dict_keys(['a']) dict_values([1]) dict_items([('a', 1)]) slice(1, None, None)
