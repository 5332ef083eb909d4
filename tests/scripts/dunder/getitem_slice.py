# Slices reach __getitem__ and __setitem__ as slice objects.
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)

    def __setitem__(self, key, value):
        print("set", key, value)


s = Seq()
print(s[1], s[1:3], s[::2], s[:-1], s[1:2:3])
s[1:4] = "abc"
print(s[slice(5)], s[...])

# expect: ('index', 1) ('slice', 1, 3, None) ('slice', None, None, 2) ('slice', None, -1, None) ('slice', 1, 2, 3)
# expect: set slice(1, 4, None) abc
# expect: ('slice', None, 5, None) ('index', Ellipsis)
