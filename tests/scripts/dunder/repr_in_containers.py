# Containers show their items with __repr__, also when nested.
class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item#{self.n}"

    def __str__(self):
        return "never used in containers"


items = [Item(1), Item(2)]
print(items, {"a": Item(3)}, (Item(4),), [[Item(5)]], {Item(6)} == {Item(6)})

# expect: [Item#1, Item#2] {'a': Item#3} (Item#4,) [[Item#5]] False
