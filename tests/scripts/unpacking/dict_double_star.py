# ** inside a dict display merges dicts; later keys win.
defaults = {"color": "red", "size": 1}
custom = {"size": 3}
print({**defaults, **custom})  # expect: {'color': 'red', 'size': 3}
print({**defaults, "size": 9, **{"x": 0}})  # expect: {'color': 'red', 'size': 9, 'x': 0}
print({"size": 0, **defaults})  # expect: {'size': 1, 'color': 'red'}
