# Raises while being imported.
print("raiser starts")


def fail():
    raise ValueError("raiser cannot load")


fail()
