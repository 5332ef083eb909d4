# The default recursion limit is 1000.
import sys
print(sys.getrecursionlimit())  # expect: 1000
