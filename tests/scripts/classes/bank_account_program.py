# Program: bank accounts with properties, a class-level registry, custom errors and __repr__.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account:
    registry = {}
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        Account.registry[self.id] = self

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        return self

    @classmethod
    def find(cls, id):
        return cls.registry.get(id)

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))


a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s, a.balance)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.amount, e.account is a)
try:
    s.deposit(-1)
except ValueError as e:
    print("error:", e)
print(Account.find(2), Account.find(9), sorted(Account.registry))
print(isinstance(s, Account), type(s).rate, Account.next_id)

# expect: Account('ann', 120) Account('bob', 1020.0) 120
# expect: error: ann cannot withdraw 500 500 True
# expect: error: deposit must be positive
# expect: Account('bob', 1020.0) None [1, 2]
# expect: True 0.02 3
