# The assert message can be any object; str() of the error shows it.
try:
    assert 0, ["list", 1]
except AssertionError as e:
    print(e, e.args)  # expect: ['list', 1] (['list', 1],)
