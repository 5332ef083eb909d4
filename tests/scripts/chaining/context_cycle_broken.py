# Raising an older exception again while handling a newer one breaks the context cycle.
a = ValueError("a")
b = KeyError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except KeyError:
            raise a
except ValueError as e:
    print(e is a, repr(a.__context__), repr(b.__context__))  # expect: True KeyError('b') None
