# A descriptor's __delete__ runs on del.
class Field:
    def __get__(self, obj, objtype=None):
        return "value"

    def __set__(self, obj, value):
        print("set", value)

    def __delete__(self, obj):
        print("delete")


class A:
    f = Field()


a = A()
a.f = 1
del a.f
print(a.f)

# expect: set 1
# expect: delete
# expect: value
