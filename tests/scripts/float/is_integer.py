# float.is_integer reports whether a float has no fractional part.
print((2.0).is_integer(), (2.5).is_integer())  # expect: True False
print((1e20).is_integer(), (-3.0).is_integer())  # expect: True True
