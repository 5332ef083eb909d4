# list methods reject keywords and wrong argument counts with CPython's messages.
for call in [lambda: [].append(), lambda: [].append(x=1), lambda: [].clear(1), lambda: [].copy(x=1),
             lambda: [].pop(1, 2), lambda: [].insert(1), lambda: [].index(), lambda: [].count(1, 2),
             lambda: [].sort(1), lambda: [].sort(1, 2, 3), lambda: [].reverse(x=1), lambda: [].remove()]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: list.append() takes exactly one argument (0 given)
        # expect: list.append() takes no keyword arguments
        # expect: list.clear() takes no arguments (1 given)
        # expect: list.copy() takes no keyword arguments
        # expect: pop expected at most 1 argument, got 2
        # expect: insert expected 2 arguments, got 1
        # expect: index expected at least 1 argument, got 0
        # expect: list.count() takes exactly one argument (2 given)
        # expect: sort() takes no positional arguments
        # expect: sort() takes at most 2 arguments (3 given)
        # expect: list.reverse() takes no keyword arguments
        # expect: list.remove() takes exactly one argument (0 given)
