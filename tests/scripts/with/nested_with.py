# Nested with statements unwind inner first when an exception escapes both.
class M:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.name == "outer"


with M("outer"):
    with M("inner"):
        raise OSError("disk")
    print("not reached")
print("after")

# expect: enter outer
# expect: enter inner
# expect: exit inner OSError
# expect: exit outer OSError
# expect: after
