# metaclass=type is the default metaclass and is accepted.
class A(metaclass=type):
    x = 1


print(A.x, type(A) is type)

# expect: 1 True
