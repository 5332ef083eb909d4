# __exit__ returning a true value suppresses the exception; execution continues after the with.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(ValueError):
    int("x")
    print("not reached")
print("continued")
try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

# expect: continued
# expect: not suppressed: list index out of range
