# A hand-written islice over an infinite generator takes a window and leaves the rest suspended.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(iterable, start, stop):
    for i, v in enumerate(iterable):
        if i >= stop:
            return
        if i >= start:
            yield v


nat = naturals()
print(list(take(nat, 2, 6)))  # expect: [2, 3, 4, 5]
print(next(nat))  # expect: 7
