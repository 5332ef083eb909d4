# A property (a data descriptor) wins over an instance __dict__ entry of the same name.
class A:
    @property
    def x(self):
        return "property"


a = A()
a.__dict__["x"] = "dict"
print(a.x, a.__dict__)

# expect: property {'x': 'dict'}
