# __str__ and __repr__ defined on an exception class drive str(), print and the traceback line.
class Rejected(Exception):
    def __init__(self, item, why):
        super().__init__(item, why)
        self.item = item
        self.why = why

    def __str__(self):
        return f"{self.item!r} rejected: {self.why}"


r = Rejected("apple", "bruised")
print(r)  # expect: 'apple' rejected: bruised
print(repr(r))  # expect: Rejected('apple', 'bruised')
print(f"{r}")  # expect: 'apple' rejected: bruised
print(r.args)  # expect: ('apple', 'bruised')
raise Rejected("pear", "too ripe")
# expect error: Rejected: 'pear' rejected: too ripe
