# str() and repr() of exceptions with zero, one and several arguments.
print(repr(str(ValueError())))  # expect: ''
print(repr(ValueError()))  # expect: ValueError()
print(str(ValueError("one")))  # expect: one
print(repr(ValueError("one")))  # expect: ValueError('one')
print(str(ValueError(42)))  # expect: 42
print(repr(ValueError(42)))  # expect: ValueError(42)
print(str(ValueError("a", 2)))  # expect: ('a', 2)
print(repr(ValueError("a", 2)))  # expect: ValueError('a', 2)
print(str(ValueError(("t",))))  # expect: ('t',)
print(repr(ValueError(("t",))))  # expect: ValueError(('t',))
print(str(ValueError(None)))  # expect: None
print(ValueError("x").args, ValueError().args)  # expect: ('x',) ()
