# Infinities and NaN: creation, arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)  # expect: inf -inf nan
print(inf + 1, inf * -2, inf - inf)  # expect: inf -inf nan
print(nan == nan, nan != nan, nan < 1, nan > 1)  # expect: False True False False
print(inf > 10 ** 400, -inf < -(10 ** 400))  # expect: True True
print(float("-Infinity"), float("NaN"))  # expect: -inf nan
print(1e308 * 10)  # expect: inf
