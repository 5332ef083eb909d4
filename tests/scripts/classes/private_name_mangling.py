# Names starting with two underscores inside a class are mangled to _ClassName__name.
class Account:
    __rate = 2

    def __init__(self, balance):
        self.__balance = balance

    def __apply(self):
        return self.__balance * Account.__rate

    def total(self, __bonus=0):
        return self.__apply() + __bonus


a = Account(10)
print(a.total(), a.total(5), sorted(vars(a)), a._Account__balance, Account._Account__rate)
print(hasattr(a, "__balance"), "_Account__apply" in Account.__dict__, Account._Account__apply.__name__)
try:
    a.__balance
except AttributeError as e:
    print(e)

# expect: 20 25 ['_Account__balance'] 10 2
# expect: False True __apply
# expect: 'Account' object has no attribute '__balance'
