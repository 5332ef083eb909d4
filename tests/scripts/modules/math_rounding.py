# floor, ceil and trunc return ints; fabs returns a float.
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1))  # expect: 2 -3 3 -2
print(math.trunc(2.9), math.trunc(-2.9), math.fabs(-3), math.fabs(2.5))  # expect: 2 -2 3.0 2.5
print(type(math.floor(1.5)), math.floor(1e20), math.ceil(5))  # expect: <class 'int'> 100000000000000000000 5
