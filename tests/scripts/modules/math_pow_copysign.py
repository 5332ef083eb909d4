# pow, copysign, fmod and modf from the math module.
import math
print(math.pow(2, 10), math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(2.5))  # expect: 1024.0 -3.0 -1.0 (0.5, 2.0)
