# Two closures over the same variable see each other's changes.
def make_account():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
    def get():
        return balance
    return deposit, get
deposit, get = make_account()
deposit(10)
deposit(5)
print(get())  # expect: 15
