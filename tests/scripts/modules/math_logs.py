# Logarithms and exponentials.
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))  # expect: 0.0 1.0 2.0 3.0
print(math.log2(1024), math.log10(1000), math.log10(0.001))  # expect: 10.0 3.0 -3.0
print(math.exp(0), math.exp(1), math.log(2 ** 1000))  # expect: 1.0 2.718281828459045 693.1471805599454
