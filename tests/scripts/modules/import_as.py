# import ... as binds the module under another name.
import math as m
import sys as system
print(m.sqrt(2))  # expect: 1.4142135623730951
print(system.maxsize > 0)  # expect: True
try:
    math.sqrt(4)
except NameError as e:
    print(e)  # expect: name 'math' is not defined
