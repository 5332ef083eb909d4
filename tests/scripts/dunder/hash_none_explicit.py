# __hash__ = None makes instances unhashable; hash() reports it.
class A:
    __hash__ = None


try:
    hash(A())
except TypeError as e:
    print(e)
try:
    {A()}
except TypeError as e:
    print(e)

# expect: unhashable type: 'A'
# expect: unhashable type: 'A'
