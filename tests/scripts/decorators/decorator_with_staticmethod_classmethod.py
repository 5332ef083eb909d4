# Custom decorators stack with @staticmethod and @classmethod (outermost last).
def twice(func):
    def wrapper(*args):
        return func(*args) * 2
    return wrapper


class K:
    base = 10

    @staticmethod
    @twice
    def s(x):
        return x

    @classmethod
    @twice
    def c(cls, x):
        return cls.base + x


print(K.s(3), K().s(4), K.c(1), K().c(2))

# expect: 6 8 22 24
