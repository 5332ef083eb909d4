# reversed(): __reversed__ first (None disables it), else __len__ + __getitem__.
class Countdown:
    def __reversed__(self): return iter([1, 2, 3])
print(list(reversed(Countdown())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Seq())))
class NoLen:
    def __getitem__(self, i): return i
class Disabled:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for obj in (NoLen(), Disabled(), {1, 2}, 5):
    try:
        reversed(obj)
    except TypeError as e:
        print(e)
# expect: [1, 2, 3]
# expect: ['c', 'b', 'a']
# expect: object of type 'NoLen' has no len()
# expect: 'Disabled' object is not reversible
# expect: 'set' object is not reversible
# expect: 'int' object is not reversible
