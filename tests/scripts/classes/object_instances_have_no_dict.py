# Plain object() instances have no attribute namespace.
o = object()
print(hasattr(o, "__dict__"), type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    vars(o)
except TypeError as e:
    print(e)

# expect: False object
# expect: 'object' object has no attribute 'x'
# expect: vars() argument must have __dict__ attribute
