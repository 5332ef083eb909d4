# __delattr__ intercepts del obj.attr.
class Guarded:
    def __init__(self):
        self.keep = 1
        self.temp = 2

    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("keep is protected")
        print("deleting", name)
        super().__delattr__(name)


g = Guarded()
del g.temp
try:
    del g.keep
except AttributeError as e:
    print(e)
print(g.__dict__)

# expect: deleting temp
# expect: keep is protected
# expect: {'keep': 1}
