# sys.getswitchinterval / setswitchinterval, stored in whole microseconds.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-7)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
# expect: 0.005
# expect: 0.001
# expect: 1e-06
# expect: 0.0
# expect: switch interval must be strictly positive
