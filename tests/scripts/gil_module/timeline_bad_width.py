# gil.timeline() rejects a width that is not a positive int, as CPython's builtins do.
# skip python: gil is gilt's own module
import gil

try:
    gil.timeline("wide")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
gil.timeline(0)
# expect error: ValueError: timeline() width must be between 1 and 10000, not 0
