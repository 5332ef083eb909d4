# Only hashable values can be set members; a list raises TypeError.
try:
    s = {[1, 2]}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
s = {(1, 2), 3}
print((1, 2) in s)  # expect: True
