# pop with and without a default; popitem takes the last inserted pair.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "default"), d.popitem(), d)  # expect: 1 default ('c', 3) {'b': 2}
for call in [lambda: d.pop("zz"), lambda: {}.popitem()]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
        # expect: KeyError 'zz'
        # expect: KeyError 'popitem(): dictionary is empty'
