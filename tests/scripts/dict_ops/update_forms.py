# update accepts a dict, an iterable of pairs and keyword arguments.
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4), ["e", 5]])
d.update(f=6)
d.update()
print(d)  # expect: {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
for bad in [1, [(1,)], [(1, 2, 3)], ["ab", "c"]]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: TypeError 'int' object is not iterable
        # expect: ValueError dictionary update sequence element #0 has length 1; 2 is required
        # expect: ValueError dictionary update sequence element #0 has length 3; 2 is required
        # expect: ValueError dictionary update sequence element #1 has length 1; 2 is required
