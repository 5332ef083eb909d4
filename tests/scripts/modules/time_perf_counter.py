# perf_counter is a monotonic float clock; sleep waits at least the given time.
import time
a = time.perf_counter()
time.sleep(0.02)
b = time.perf_counter()
print(type(a), b > a, b - a >= 0.02)  # expect: <class 'float'> True True
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)  # expect: True
