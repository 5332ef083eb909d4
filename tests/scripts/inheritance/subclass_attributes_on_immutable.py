# Instances of str, int and tuple subclasses can carry attributes of their own.
class Tagged(str):
    pass


class Count(int):
    pass


class Pair(tuple):
    pass


a, b, c = Tagged("t"), Count(3), Pair([1, 2])
a.note = "text"
b.unit = "items"
c.label = "pair"
print(a, a.note, b + 1, b.unit, c, c.label, a.__dict__, vars(c))

# expect: t text 4 items (1, 2) pair {'note': 'text'} {'label': 'pair'}
