# A cause that is neither an exception nor None is a TypeError.
try:
    raise ValueError("v") from "not an exception"
except TypeError as e:
    print(e)  # expect: exception causes must derive from BaseException
