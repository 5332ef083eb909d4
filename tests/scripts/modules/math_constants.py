# The constants of the math module.
import math
print(math.pi, math.e)  # expect: 3.141592653589793 2.718281828459045
print(math.tau, math.inf, -math.inf, math.nan)  # expect: 6.283185307179586 inf -inf nan
