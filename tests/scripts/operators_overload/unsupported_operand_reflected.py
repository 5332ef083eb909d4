# Every operator reports its symbol when unsupported, in either operand order.
class A:
    pass


a = A()
for f in (lambda: 1 - a, lambda: a * "s", lambda: a / a, lambda: 2 ** a, lambda: a @ 1,
          lambda: a % 3, lambda: a << 1, lambda: [] & a, lambda: divmod(a, 1)):
    try:
        f()
    except TypeError as e:
        print(e)

# expect: unsupported operand type(s) for -: 'int' and 'A'
# expect: can't multiply sequence by non-int of type 'A'
# expect: unsupported operand type(s) for /: 'A' and 'A'
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'A'
# expect: unsupported operand type(s) for @: 'A' and 'int'
# expect: unsupported operand type(s) for %: 'A' and 'int'
# expect: unsupported operand type(s) for <<: 'A' and 'int'
# expect: unsupported operand type(s) for &: 'list' and 'A'
# expect: unsupported operand type(s) for divmod(): 'A' and 'int'
