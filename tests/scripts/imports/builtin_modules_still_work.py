# Built-in modules import as before, even with extra directories on sys.path.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import math
import time
from math import sqrt

print(math.floor(2.5), sqrt(16), type(time.time()).__name__)  # expect: 2 4.0 float
print(sys.modules["math"] is math)  # expect: True
