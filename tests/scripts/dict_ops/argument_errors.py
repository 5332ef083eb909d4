# dict methods reject keywords and wrong argument counts with CPython's messages.
d = {"a": 1}
for call in [lambda: d.get(), lambda: d.get(key="a"), lambda: d.keys(1), lambda: d.items(x=1), lambda: d.pop(),
             lambda: d.popitem(1), lambda: d.setdefault(), lambda: d.update(1, 2), lambda: dict.fromkeys(),
             lambda: d.copy(x=1), lambda: d.clear(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: get expected at least 1 argument, got 0
        # expect: dict.get() takes no keyword arguments
        # expect: dict.keys() takes no arguments (1 given)
        # expect: dict.items() takes no keyword arguments
        # expect: pop expected at least 1 argument, got 0
        # expect: dict.popitem() takes no arguments (1 given)
        # expect: setdefault expected at least 1 argument, got 0
        # expect: update expected at most 1 argument, got 2
        # expect: fromkeys expected at least 1 argument, got 0
        # expect: dict.copy() takes no keyword arguments
        # expect: dict.clear() takes no arguments (1 given)
