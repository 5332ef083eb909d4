# sqrt of ints and floats, and isqrt for exact integer roots.
import math
print(math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.sqrt(10 ** 40))  # expect: 1.4142135623730951 0.0 1e+50 1e+20
print(math.isqrt(17), math.isqrt(10 ** 40))  # expect: 4 100000000000000000000
