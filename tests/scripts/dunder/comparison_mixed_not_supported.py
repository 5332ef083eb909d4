# Ordering an instance against an int names both types.
class A:
    pass


for expr in ("A() < 1", "1 <= A()", "A() > 'x'"):
    try:
        if expr == "A() < 1":
            A() < 1
        elif expr == "1 <= A()":
            1 <= A()
        else:
            A() > "x"
    except TypeError as e:
        print(e)

# expect: '<' not supported between instances of 'A' and 'int'
# expect: '<=' not supported between instances of 'int' and 'A'
# expect: '>' not supported between instances of 'A' and 'str'
