# KeyError's str() is the repr of its single argument; with 0 or 2+ args it behaves like other exceptions.
print(str(KeyError("name")))  # expect: 'name'
print(str(KeyError(3)))  # expect: 3
print(str(KeyError("it's")))  # expect: "it's"
print(repr(str(KeyError())))  # expect: ''
print(str(KeyError("a", "b")))  # expect: ('a', 'b')
print(repr(KeyError("name")))  # expect: KeyError('name')
try:
    {"x": 1}["y"]
except KeyError as e:
    print(e, e.args)  # expect: 'y' ('y',)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e)  # expect: (1, 2)
