# repr of exception objects shows the type and arguments.
print(repr(ValueError("x")))  # expect: ValueError('x')
print(repr(KeyError("k")), repr(IndexError()))  # expect: KeyError('k') IndexError()
print(str(KeyError("k")), str(ValueError("k")))  # expect: 'k' k
e = ZeroDivisionError("custom", 2)
print(e, e.args)  # expect: ('custom', 2) ('custom', 2)
