# A classmethod updating class state affects the class it is called on.
class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class Sub(Counter):
    pass


Counter.bump()
Counter.bump()
Sub.bump()
print(Counter.count, Sub.count, "count" in Sub.__dict__)

# expect: 2 3 True
