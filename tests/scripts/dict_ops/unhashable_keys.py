# Unhashable keys are rejected on insertion and lookup.
for call in [lambda: {[1]: 2}, lambda: {"a": 1}[[1]], lambda: {}.get({}), lambda: [1] in {}]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: unhashable type: 'list'
        # expect: unhashable type: 'list'
        # expect: unhashable type: 'dict'
        # expect: unhashable type: 'list'
