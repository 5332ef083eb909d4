# A function decorator on methods: the wrapper receives self as its first argument.
def checked(func):
    def wrapper(self, *args):
        if any(a < 0 for a in args):
            raise ValueError(f"{func.__name__}: negative argument")
        return func(self, *args)
    return wrapper


class Account:
    def __init__(self):
        self.balance = 0

    @checked
    def deposit(self, amount):
        self.balance += amount
        return self.balance


a = Account()
print(a.deposit(5), a.deposit(7))
try:
    a.deposit(-1)
except ValueError as e:
    print(e)

# expect: 5 12
# expect: deposit: negative argument
