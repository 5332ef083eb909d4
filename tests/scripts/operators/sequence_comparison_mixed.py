# Ordering comparisons between incompatible types raise TypeError.
try:
    print(1 < "2")
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'int' and 'str'
try:
    print([1] > (1,))
except TypeError as e:
    print(e)  # expect: '>' not supported between instances of 'list' and 'tuple'
try:
    print(None <= 0)
except TypeError as e:
    print(e)  # expect: '<=' not supported between instances of 'NoneType' and 'int'
