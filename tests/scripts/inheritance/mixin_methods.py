# Mixins add behaviour through multiple inheritance and call methods of the final class.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
print([Point(0, "a")])

# expect: Point(x=1, y=2) True False
# expect: [Point(x=0, y='a')]
