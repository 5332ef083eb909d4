# throw() to a yield from over an iterator without throw() raises in the delegating generator.
def outer():
    try:
        yield from iter([1, 2, 3])
    except IndexError as e:
        yield f"caught {e!r}"


g = outer()
print(next(g))  # expect: 1
print(g.throw(IndexError("i")))  # expect: caught IndexError('i')
