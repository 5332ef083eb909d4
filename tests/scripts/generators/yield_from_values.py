# yield from re-yields every value of the sub-iterator: generators, lists, ranges, strings.
def sub():
    yield 1
    yield 2


def outer():
    yield from sub()
    yield from [3, 4]
    yield from range(5, 7)
    yield from "ab"


print(list(outer()))  # expect: [1, 2, 3, 4, 5, 6, 'a', 'b']
