# A decorator keeps state in a closure variable updated with nonlocal.
def limit(n):
    def deco(func):
        remaining = n
        def wrapper(*args):
            nonlocal remaining
            if remaining == 0:
                raise RuntimeError(f"{func.__name__} called too often")
            remaining -= 1
            return func(*args)
        return wrapper
    return deco


@limit(2)
def ping():
    return "pong"


print(ping(), ping())
try:
    ping()
except RuntimeError as e:
    print(e)

# expect: pong pong
# expect: ping called too often
