# Managers in parentheses across lines (Python 3.10+ syntax).
class M:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)


with (
    M("x") as x,
    M("y") as y,
):
    print(x.name + y.name)

# expect: enter x
# expect: enter y
# expect: xy
# expect: exit y
# expect: exit x
