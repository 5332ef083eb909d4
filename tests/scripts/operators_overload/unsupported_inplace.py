# An unsupported augmented assignment reports the in-place symbol.
class A:
    pass


a = A()
try:
    a -= 1
except TypeError as e:
    print(e)
a += 1

# expect: unsupported operand type(s) for -=: 'A' and 'int'
# expect error: TypeError: unsupported operand type(s) for +=: 'A' and 'int'
