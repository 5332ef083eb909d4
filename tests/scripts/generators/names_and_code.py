# __name__, __qualname__ and gi_code of generators, methods and nested functions.
def top():
    yield


class Box:
    def items(self):
        yield self

    def make(self):
        def inner():
            yield
        return inner()


print(top().__name__, top().__qualname__, top().gi_code.co_name)  # expect: top top top
print(Box().items().__qualname__)  # expect: Box.items
print(Box().make().__qualname__)  # expect: Box.make.<locals>.inner
