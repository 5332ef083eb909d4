# One import statement can import several modules; importing twice gives the same module.
import time, math, sys
import math as again
print(math is again, callable(time.time), sys.maxsize == 2 ** 63 - 1)  # expect: True True True
