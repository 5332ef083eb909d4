# A class with __call__ works as a decorator for plain functions.
class Trace:
    def __init__(self, func):
        self.func = func
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.func(*args, **kwargs)


@Trace
def mul(a, b):
    return a * b


print(mul(2, 3), mul(4, b=5), mul.calls, type(mul).__name__)

# expect: 6 20 [(2, 3), (4,)] Trace
