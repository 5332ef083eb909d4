# __len__ returning a negative number raises ValueError.
class A:
    def __len__(self):
        return -1


len(A())

# expect error: ValueError: __len__() should return >= 0
