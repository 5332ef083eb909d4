# * in a call spreads an iterable into positional arguments.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*(4, 5, 6)), f(0, *[1, 2]))  # expect: 123 456 12
print(f(*range(3)))  # expect: 12
print(max(*[3, 9, 2]), print(*[1, 2], sep="-"))
# expect: 1-2
# expect: 9 None
