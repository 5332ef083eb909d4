# __len__ must return an integer.
class A:
    def __len__(self):
        return 2.5


try:
    len(A())
except TypeError as e:
    print(e)

# expect: 'float' object cannot be interpreted as an integer
