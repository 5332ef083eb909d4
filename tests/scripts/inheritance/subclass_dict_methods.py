# A dict subclass with extra methods and an __init__ that calls dict's.
class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = True

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


d = AttrDict({"a": 1}, b=2)
print(d, d.a, d.b, d.created, sorted(d.keys()))
try:
    d.zzz
except AttributeError as e:
    print("missing", e)

# expect: {'a': 1, 'b': 2} 1 2 True ['a', 'b']
# expect: missing zzz
