# PEP 479: StopIteration raised inside a generator turns into RuntimeError, with the original as cause.
def gen():
    yield 1
    raise StopIteration("leaked")


try:
    list(gen())
except RuntimeError as e:
    print(e)  # expect: generator raised StopIteration
    print(repr(e.__cause__), e.__suppress_context__)  # expect: StopIteration('leaked') True
