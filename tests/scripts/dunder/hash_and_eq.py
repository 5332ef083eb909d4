# __hash__ with __eq__ lets equal instances act as one dict key or set member.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


d = {Key("A"): 1}
d[Key("a")] = 2
print(len(d), d[Key("A")], Key("b") in d)
print(len({Key("x"), Key("X"), Key("y")}), hash(Key("Q")) == hash("q"))

# expect: 1 2 False
# expect: 2 True
