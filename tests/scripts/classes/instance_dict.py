# An instance's __dict__ holds its attributes in assignment order and can be written directly.
class P:
    def __init__(self):
        self.b = 2
        self.a = 1


p = P()
print(p.__dict__)
p.__dict__["c"] = 3
print(p.c)
p.__dict__.update(d=4)
print(p.d, sorted(vars(p)))
print(vars(p) is p.__dict__)

# expect: {'b': 2, 'a': 1}
# expect: 3
# expect: 4 ['a', 'b', 'c', 'd']
# expect: True
