# except* is outside the language subset: a clear SyntaxError, not a silent misparse.
# skip python: CPython 3.11 supports except*; gilt reports it as unsupported
try:
    pass
except* ValueError:
    pass
# expect error: SyntaxError: 'except*' is not supported
