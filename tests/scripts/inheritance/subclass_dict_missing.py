# A dict subclass with __missing__ supplies values for absent keys.
class Counts(dict):
    def __missing__(self, key):
        return 0


c = Counts()
for w in "a b a c a".split():
    c[w] = c[w] + 1
print(c, c["zzz"], "zzz" in c, len(c))
print(c.get("zzz"), isinstance(c, dict))

# expect: {'a': 3, 'b': 1, 'c': 1} 0 False 3
# expect: None True
