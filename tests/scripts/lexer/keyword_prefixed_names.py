# Names that begin with keywords are ordinary identifiers.
iffy = 1
format_ = 2
None_ = 3
true = 4
classes = 5
returned = 6
print(iffy, format_, None_, true, classes, returned)  # expect: 1 2 3 4 5 6
_private = 7
__dunder__ = 8
print(_private + __dunder__)  # expect: 15
