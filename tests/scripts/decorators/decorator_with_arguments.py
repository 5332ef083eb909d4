# A decorator factory takes arguments and returns the decorator.
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@repeat(3)
def roll(x):
    return x * 2


@repeat(times=1)
def one():
    return "once"


print(roll(4), one())

# expect: [8, 8, 8] ['once']
