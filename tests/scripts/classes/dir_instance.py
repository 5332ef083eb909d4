# dir() of an instance lists instance attributes, methods and inherited dunders, sorted.
class A:
    cls_attr = 1

    def method(self):
        pass


a = A()
a.inst = 2
names = dir(a)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))

# expect: ['cls_attr', 'inst', 'method']
# expect: True True True
