# time.time returns a float number of seconds that does not go backwards.
import time
t1 = time.time()
t2 = time.time()
print(type(t1), t2 >= t1, t1 > 1600000000)  # expect: <class 'float'> True True
