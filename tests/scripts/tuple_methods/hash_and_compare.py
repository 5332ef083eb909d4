# Tuples hash by content and compare element by element.
print(hash((1, "a")) == hash((1, "a")), hash((1, 2)) == hash((1.0, 2)), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))  # expect: True True True True True
print((1, [2]) == (1, [2]), {(1, 2): "x"}[(1, 2)], len({(1, 2), (1, 2), (2, 1)}))  # expect: True x 2
try:
    hash((1, [2]))
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'int' and 'str'
