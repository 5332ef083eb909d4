# A class-based decorator used on a method needs __get__ to bind the instance.
class logged:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        def bound(*args):
            print("calling", self.func.__name__, args)
            return self.func(obj, *args)
        return bound


class Calc:
    @logged
    def add(self, a, b):
        return a + b


print(Calc().add(2, 3))

# expect: calling add (2, 3)
# expect: 5
