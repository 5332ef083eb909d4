# Trigonometric functions and angle conversions.
import math
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.tan(0))  # expect: 0.0 1.0 1.0 0.0
print(math.cos(math.pi), math.tan(math.pi / 4))  # expect: -1.0 0.9999999999999999
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1) * 4)  # expect: 180.0 3.141592653589793 3.141592653589793
print(round(math.sin(math.pi), 10), math.asin(1) * 2 == math.pi)  # expect: 0.0 True
