# Keeping the exception after the block requires another name; that name still works.
saved = None
try:
    raise ValueError("keep me")
except ValueError as e:
    saved = e
print(repr(saved))  # expect: ValueError('keep me')
print("e" in globals())  # expect: False
