# factorial, gcd and lcm work on arbitrary-precision ints.
import math
print(math.factorial(0), math.factorial(5), math.factorial(20))  # expect: 1 120 2432902008176640000
print(math.factorial(30))  # expect: 265252859812191058636308480000000
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(12, 18, 27))  # expect: 6 5 2 3
print(math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))  # expect: 12 1125899906842624
