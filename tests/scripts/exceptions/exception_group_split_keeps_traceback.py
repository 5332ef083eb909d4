# Groups derived by split() keep the original's traceback, cause and context; subclasses derive plain groups.
class Failures(ExceptionGroup):
    pass


try:
    try:
        raise OSError("first")
    except OSError:
        raise Failures("all", [ValueError(1), KeyError(2)])
except Failures as g:
    part = g.subgroup(KeyError)
    print(type(part).__name__, repr(part))  # expect: ExceptionGroup ExceptionGroup('all', [KeyError(2)])
    print(part.__traceback__ is g.__traceback__, repr(part.__context__))  # expect: True OSError('first')
