# An exception raised inside a property getter propagates with the getter's line.
class A:
    @property
    def broken(self):
        return 1 / 0


A().broken

# expect error: ZeroDivisionError: division by zero
