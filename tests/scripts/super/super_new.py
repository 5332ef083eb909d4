# __new__ calls super().__new__(cls) to create the instance, then __init__ runs.
class Tracked:
    created = 0

    def __new__(cls, *args):
        Tracked.created += 1
        inst = super().__new__(cls)
        inst.serial = Tracked.created
        return inst

    def __init__(self, name):
        self.name = name


a, b = Tracked("a"), Tracked("b")
print(a.serial, b.serial, b.name, Tracked.created)

# expect: 1 2 b 2
