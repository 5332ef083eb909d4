# An exception raised inside an except block records the handled one as __context__.
try:
    try:
        [][0]
    except IndexError:
        None.attr
except AttributeError as e:
    print(repr(e.__context__))  # expect: IndexError('list index out of range')
    print(e.__cause__, e.__suppress_context__)  # expect: None False
