# An exception raised by the sub-generator surfaces at the yield from and can be caught there.
def inner():
    yield 1
    raise KeyError("from inner")


def outer():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e}"
    yield "after"


print(list(outer()))  # expect: [1, "outer caught 'from inner'", 'after']
