# Dicts compare equal by contents, regardless of order; they have no ordering.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {})  # expect: True True True True
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'dict' and 'dict'
