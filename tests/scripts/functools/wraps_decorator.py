# functools.wraps copies the wrapped function's name, qualname, doc, module and __dict__.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    "Add two numbers."
    return a + b
add.tag = "math"
print(add(1, b=2))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.tag)
def timer(label):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return f"{label}:{fn(*a)}"
        return inner
    return deco
class Service:
    @timer("svc")
    def handle(self, x):
        return x * 2
print(Service().handle(4), Service.handle.__qualname__)
def raw(): pass
raw.extra = 1
w = functools.update_wrapper(lambda: None, raw)
print(w.__name__, w.extra, w.__wrapped__ is raw)
print(functools.WRAPPER_ASSIGNMENTS)
# expect: calling add (1,) {'b': 2}
# expect: 3
# expect: add add Add two numbers. __main__
# expect: add math
# expect: svc:8 Service.handle
# expect: raw 1 True
# expect: ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
