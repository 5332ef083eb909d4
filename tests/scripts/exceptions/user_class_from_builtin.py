# Subclasses of built-in exceptions keep the base's behaviour: KeyError quoting, StopIteration.value.
class MissingKey(KeyError):
    pass


class Done(StopIteration):
    pass


print(str(MissingKey("k")))  # expect: 'k'
print(repr(MissingKey("k")))  # expect: MissingKey('k')
print(Done(7).value)  # expect: 7
try:
    {}["a"]
except KeyError as e:
    print(isinstance(e, MissingKey))  # expect: False
try:
    raise MissingKey("z")
except LookupError as e:
    print("lookup", e)  # expect: lookup 'z'
