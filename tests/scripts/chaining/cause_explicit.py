# raise X from Y sets __cause__ and __suppress_context__; __context__ is still the handled exception.
try:
    try:
        {}["k"]
    except KeyError as err:
        raise ValueError("bad config") from err
except ValueError as e:
    print(repr(e.__cause__))  # expect: KeyError('k')
    print(e.__cause__ is e.__context__, e.__suppress_context__)  # expect: True True
