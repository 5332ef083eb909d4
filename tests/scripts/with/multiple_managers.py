# Several managers in one with statement enter left to right and exit right to left.
class M:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)


with M("a") as a, M("b") as b, M("c"):
    print("body", a, b)

# expect: enter a
# expect: enter b
# expect: enter c
# expect: body a b
# expect: exit c
# expect: exit b
# expect: exit a
