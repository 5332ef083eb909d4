# classmethods receive the subclass when called through it; staticmethods are inherited unchanged.
class Base:
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


class Sub(Base):
    pass


print(type(Sub.create()).__name__, type(Base.create()).__name__, Sub.helper(4), Sub().helper(5))

# expect: Sub Base 8 10
