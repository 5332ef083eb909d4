# super() reads class attributes of the parent that the subclass overrides.
class A:
    label = "a"


class B(A):
    label = "b"

    def labels(self):
        return self.label, super().label


print(B().labels())

# expect: ('b', 'a')
