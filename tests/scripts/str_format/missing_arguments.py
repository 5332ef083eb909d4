# Missing positional or keyword arguments raise IndexError and KeyError.
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: Replacement index 1 out of range for positional args tuple
try:
    "{name}".format(other=1)
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'name'
try:
    "{0.missing}".format(1)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'int' object has no attribute 'missing'
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list index out of range
