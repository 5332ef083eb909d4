# A unary operator without its dunder raises TypeError.
class A:
    pass


try:
    abs(A())
except TypeError as e:
    print(e)
try:
    ~A()
except TypeError as e:
    print(e)
-A()

# expect: bad operand type for abs(): 'A'
# expect: bad operand type for unary ~: 'A'
# expect error: TypeError: bad operand type for unary -: 'A'
