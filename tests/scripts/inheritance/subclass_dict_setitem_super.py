# A dict subclass overriding __setitem__/__getitem__ delegates to dict's through super().
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["A"] = 1
d["b"] = 2
print(d, d["a"], d["B"], "A" in d, len(d))
dict.__setitem__(d, "Z", 26)
print(d, dict.__getitem__(d, "Z"))

# expect: {'a': 1, 'b': 2} 1 2 True 2
# expect: {'a': 1, 'b': 2, 'Z': 26} 26
