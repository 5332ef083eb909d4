# print() with no arguments prints an empty line.
print("above")
print()
print("below")
# expect: above
# expect:
# expect: below
