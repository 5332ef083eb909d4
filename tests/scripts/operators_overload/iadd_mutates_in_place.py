# __iadd__ mutates the object and the name keeps the same object.
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self


b = Bag()
alias = b
b += 1
b += 2
print(b is alias, alias.items)

# expect: True [1, 2]
