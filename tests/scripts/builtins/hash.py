# Equal numbers hash equally across int, float and bool; tuples hash by contents.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))  # expect: True True
print(hash(42), hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0))  # expect: 42 True True
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))  # expect: True True
try:
    hash([])
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
