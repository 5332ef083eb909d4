# An assert whose condition is true does nothing.
assert True
assert 1 + 1 == 2, "never shown"
assert [0]
print("all passed")  # expect: all passed
