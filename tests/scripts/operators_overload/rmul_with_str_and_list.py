# "ab" * obj and [0] * obj try the object's __rmul__, or __index__.
class Times:
    def __rmul__(self, o):
        return f"{o!r} times"


class Three:
    def __index__(self):
        return 3


print("ab" * Times(), [0] * Times(), "ab" * Three(), [0] * Three())

# expect: 'ab' times [0] times ababab [0, 0, 0]
