# sys.maxsize is the largest 64-bit signed integer, and ints go beyond it.
import sys
print(sys.maxsize)  # expect: 9223372036854775807
print(sys.maxsize + 1 > sys.maxsize, type(sys.maxsize + 1))  # expect: True <class 'int'>
