# is and is not compare identity, not value.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)  # expect: True False True True
print(None is None, type(None) is type(None))  # expect: True True
x = None
print(x is None, x is not None)  # expect: True False
