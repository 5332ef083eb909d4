# __missing__ is only consulted by d[key], not by get() or in.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = [key]
        return self[key]


d = Defaulting()
print(d["a"], d.get("b"), "b" in d, d)

# expect: missing a
# expect: ['a'] None False {'a': ['a']}
