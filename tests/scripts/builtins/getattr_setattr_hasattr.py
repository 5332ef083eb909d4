# getattr, setattr and hasattr on built-in objects.
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr([], "nope"))  # expect: ABC True False
print(getattr(5, "real"), getattr(5, "missing", "fallback"))  # expect: 5 fallback
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'x'
def f():
    pass
setattr(f, "tag", "value")
print(getattr(f, "tag"), hasattr(f, "tag"))  # expect: value True
try:
    getattr([], "nope")
except AttributeError as e:
    print(e)  # expect: 'list' object has no attribute 'nope'
