# Errors from f(*x) and f(**x) name the callee as CPython does (module.qualname()), and
# [*x] / f(a, *x) say "Value after *".
def check(f):
    try:
        f()
    except TypeError as e:
        print(e)
def kw(*a, **k): pass
class Account:
    def deposit(self, *a, **k): pass
check(lambda: kw(*1))
check(lambda: kw(*None))
check(lambda: kw(1, *5))
check(lambda: kw(*[], *1))
check(lambda: [*1])
check(lambda: (0, *2.5))
check(lambda: Account().deposit(*1))
check(lambda: Account().deposit(**1))
check(lambda: print(*1))
check(lambda: print(**[]))
check(lambda: Account(**1))
check(lambda: int(**1))
check(lambda: kw(**{'a': 1}, **{'a': 2}))
check(lambda: kw(a=1, **{'a': 2}))
check(lambda: Account().deposit(a=1, **{'a': 2}))
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
print(kw(*Seq()), [*Seq()])
print(Account().deposit.__module__)
# expect: __main__.kw() argument after * must be an iterable, not int
# expect: __main__.kw() argument after * must be an iterable, not NoneType
# expect: Value after * must be an iterable, not int
# expect: Value after * must be an iterable, not int
# expect: Value after * must be an iterable, not int
# expect: Value after * must be an iterable, not float
# expect: __main__.Account.deposit() argument after * must be an iterable, not int
# expect: __main__.Account.deposit() argument after ** must be a mapping, not int
# expect: print() argument after * must be an iterable, not int
# expect: print() argument after ** must be a mapping, not list
# expect: __main__.Account() argument after ** must be a mapping, not int
# expect: int() argument after ** must be a mapping, not int
# expect: __main__.kw() got multiple values for keyword argument 'a'
# expect: __main__.kw() got multiple values for keyword argument 'a'
# expect: __main__.Account.deposit() got multiple values for keyword argument 'a'
# expect: None [0, 1, 2]
# expect: __main__
