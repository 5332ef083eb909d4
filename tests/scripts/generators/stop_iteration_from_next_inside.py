# A next() on an exhausted iterator inside a generator is also turned into RuntimeError.
def first_of_each(lists):
    for items in lists:
        yield next(iter(items))


try:
    print(list(first_of_each([[1], [2], []])))
except RuntimeError as e:
    print(type(e.__cause__).__name__, e)  # expect: StopIteration generator raised StopIteration
