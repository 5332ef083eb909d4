# A class's __module__ can be reassigned (repr follows); built-in types refuse.
class C:
    pass


print(C.__module__, repr(C))
C.__module__ = 'elsewhere'
print(C.__module__, repr(C), C().__class__.__module__)
try:
    del C.__module__
except TypeError as e:
    print('TypeError:', e)
try:
    int.__module__ = 'x'
except TypeError as e:
    print('TypeError:', e)
# expect: __main__ <class '__main__.C'>
# expect: elsewhere <class 'elsewhere.C'> elsewhere
# expect: TypeError: cannot delete '__module__' attribute of immutable type 'C'
# expect: TypeError: cannot set '__module__' attribute of immutable type 'int'
