# prod multiplies; fsum adds floats without accumulated rounding error.
import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 26)))  # expect: 24 1 15511210043330985984000000
print(math.prod([2, 0.5]), math.prod([3], start=2))  # expect: 1.0 6
print(sum([0.1] * 10), math.fsum([0.1] * 10))  # expect: 0.9999999999999999 1.0
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))  # expect: 1.0 0.0
