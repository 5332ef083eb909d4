# __iter__ must return an iterator.
class A:
    def __iter__(self):
        return 5


iter(A())

# expect error: TypeError: iter() returned non-iterator of type 'int'
