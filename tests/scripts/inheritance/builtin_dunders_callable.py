# The dunders of built-in types can be called by name, also on subclass instances.
class L(list):
    pass


print(int.__add__(2, 3), int.__radd__(2, 3), (5).__mul__(2), int.__lt__(1, 2), int.__eq__(1, "a"))
print(list.__getitem__([1, 2], 1), list.__len__(L([1, 2, 3])), str.__len__("abc"), "ab".__contains__("a"))
print(str.__add__("a", "b"), tuple.__add__((1,), (2,)), dict.__len__({1: 2}), object.__lt__(1, 2))
print(float.__neg__(1.5), int.__abs__(-4), (3).__bool__(), [].__iter__().__next__ is not None)

# expect: 5 5 10 True NotImplemented
# expect: 2 3 3 True
# expect: ab (1, 2) 1 NotImplemented
# expect: -1.5 4 True True
