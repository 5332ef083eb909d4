# raise with a class instantiates it with no arguments; raising a non-exception is a TypeError.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)  # expect: IndexError() ()
try:
    raise 42
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
try:
    raise object
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
