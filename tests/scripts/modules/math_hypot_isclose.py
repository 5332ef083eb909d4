# hypot computes the Euclidean norm; isclose compares floats with tolerances.
import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 2))  # expect: 5.0 13.0 3.0
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))  # expect: True False True
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))  # expect: False True
print(math.dist((0, 0), (3, 4)))  # expect: 5.0
