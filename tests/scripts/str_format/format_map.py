# format_map looks names up in a mapping directly, without copying it.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map({"a": 1, "b": 2}))  # expect: 1 and 2
print("{name} is {unknown}".format_map(Default(name="x")))  # expect: x is <unknown>
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)  # expect: Format string contains positional fields
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'x'
