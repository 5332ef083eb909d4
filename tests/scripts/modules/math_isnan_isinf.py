# isnan, isinf and isfinite classify floats.
import math
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308))  # expect: True False True False
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))  # expect: True False False
