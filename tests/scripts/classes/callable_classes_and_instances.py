# callable() is true for classes and for instances of classes with __call__.
class Plain:
    pass


class Func:
    def __call__(self):
        return 1


print(callable(Plain), callable(Plain()), callable(Func()), callable(Plain.__init__))

# expect: True False True True
