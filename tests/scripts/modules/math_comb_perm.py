# comb and perm count combinations and permutations exactly.
import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5))  # expect: 10 1 0
print(math.perm(5, 2), math.perm(5), math.comb(100, 50))  # expect: 20 120 100891344545564193334812497256
