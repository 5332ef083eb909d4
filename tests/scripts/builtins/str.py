# str() and repr() of the basic types.
print(str(42), str(4.0), str(None), str(False), str("s"))  # expect: 42 4.0 None False s
print(repr(42), repr(4.0), repr(None), repr("s"), repr([1, "a"]))  # expect: 42 4.0 None 's' [1, 'a']
print(str(), len(str()))  # expect:  0
