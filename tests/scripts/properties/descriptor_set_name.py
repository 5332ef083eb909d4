# A data descriptor with __set_name__, __get__ and __set__ validates typed fields.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.slot, value)


class Item:
    name = Typed(str)
    qty = Typed(int)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


i = Item("bolt", 3)
print(i.name, i.qty, sorted(i.__dict__), Item.qty.name)
try:
    i.qty = "many"
except TypeError as e:
    print(e)

# expect: bolt 3 ['_name', '_qty'] qty
# expect: qty must be int
