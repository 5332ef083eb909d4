# A mutable class attribute is shared by all instances.
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items is a.items)

# expect: [1, 2] [1, 2] True
