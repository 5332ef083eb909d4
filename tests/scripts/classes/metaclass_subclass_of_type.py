# Subclassing type defines a metaclass, which is outside the subset: a clear TypeError.
# skip python: metaclasses are out of scope in gilt (CPython defines Meta and prints "defined")
class Meta(type):
    pass


print("defined")
# expect error: TypeError: metaclasses are not supported
