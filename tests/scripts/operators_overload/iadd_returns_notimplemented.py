# An __iadd__ returning NotImplemented falls back to __add__, then to the other's __radd__.
class A:
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented

    def __add__(self, o):
        print("add")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("radd")
        return "B won"


a = A()
a += B()
print(a)

# expect: iadd
# expect: add
# expect: radd
# expect: B won
