# A subclass without __init__ uses the base class's __init__ and its signature.
class Base:
    def __init__(self, name, size=1):
        self.name = name
        self.size = size


class Child(Base):
    def show(self):
        return f"{self.name}:{self.size}"


print(Child("a").show(), Child("b", 3).show())
try:
    Child()
except TypeError as e:
    print(e)

# expect: a:1 b:3
# expect: Base.__init__() missing 1 required positional argument: 'name'
