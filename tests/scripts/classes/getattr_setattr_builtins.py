# getattr/setattr/hasattr/delattr work on instances, with getattr defaults.
class A:
    x = 1


a = A()
setattr(a, "y", 2)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "none"))
print(hasattr(a, "y"), hasattr(a, "z"))
delattr(a, "y")
print(hasattr(a, "y"))
setattr(A, "z", 3)
print(a.z)
try:
    getattr(a, "w")
except AttributeError as e:
    print(e)

# expect: 1 2 none
# expect: True False
# expect: False
# expect: 3
# expect: 'A' object has no attribute 'w'
