# repr gives an unambiguous representation.
print(repr("it's"), repr('a"b'), repr("tab\t"))  # expect: "it's" 'a"b' 'tab\t'
print(repr(1.0), repr(10 ** 16 * 1.0), repr(-0.0))  # expect: 1.0 1e+16 -0.0
print(repr([None, True]), repr({"a": (1,)}), repr(set()))  # expect: [None, True] {'a': (1,)} set()
print(repr(len), repr(int), repr(ValueError))  # expect: <built-in function len> <class 'int'> <class 'ValueError'>
