# callable is true for functions, methods and types.
def f():
    pass
print(callable(f), callable(len), callable(int), callable("s".upper), callable(lambda: 0))  # expect: True True True True True
print(callable(1), callable("s"), callable([]), callable(None))  # expect: False False False False
