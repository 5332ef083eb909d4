# Unhashable elements and operators with non-sets.
for call in [lambda: {[1]}, lambda: set().add({}), lambda: {1} | [2], lambda: {1} & "a", lambda: frozenset([[]])]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: unhashable type: 'list'
        # expect: unhashable type: 'dict'
        # expect: unsupported operand type(s) for |: 'set' and 'list'
        # expect: unsupported operand type(s) for &: 'set' and 'str'
        # expect: unhashable type: 'list'
