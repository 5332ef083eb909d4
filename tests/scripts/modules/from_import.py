# from ... import binds selected names directly.
from math import sqrt, pi
from math import floor as fl
print(sqrt(81), round(pi, 4), fl(-0.5))  # expect: 9.0 3.1416 -1
