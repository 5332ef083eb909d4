# An uncaught AttributeError for a misspelt instance attribute suggests the close name.
class Order:
    def __init__(self):
        self.items = []
        self.total = 0
o = Order()
print(len(o.itms))
# expect error: AttributeError: 'Order' object has no attribute 'itms'. Did you mean: 'items'?
