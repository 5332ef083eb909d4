# A hand-written wraps copies __name__, __doc__ and __qualname__ onto the wrapper.
def wraps(original):
    def copy(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__wrapped__ = original
        return wrapper
    return copy


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def compute(x):
    """Computes things."""
    return x + 1


print(compute.__name__, compute.__doc__, compute.__qualname__, compute(1), compute.__wrapped__(5))

# expect: compute Computes things. compute 2 6
