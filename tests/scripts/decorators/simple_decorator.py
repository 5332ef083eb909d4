# A decorator replaces the function with a wrapper that runs around each call.
def shout(func):
    def wrapper(*args, **kwargs):
        print("before", func.__name__)
        result = func(*args, **kwargs)
        print("after")
        return result
    return wrapper


@shout
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("ann"), greet("bob", punct="?"))
print(greet.__name__)

# expect: before greet
# expect: after
# expect: before greet
# expect: after
# expect: hi ann! hi bob?
# expect: wrapper
