# += and *= on a list subclass mutate the same object and keep its class.
class Stack(list):
    pass


s = Stack([1])
alias = s
s += [2, 3]
s *= 2
print(s, type(s).__name__, s is alias)
t = s + [9]
print(type(t).__name__, type(s * 1).__name__)

# expect: [1, 2, 3, 1, 2, 3] Stack True
# expect: list list
