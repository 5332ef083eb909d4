# A __setattr__ override stores through super().__setattr__.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)


o = Logged()
o.x = 1
o.y = [2]
print(o.x, o.y, o.__dict__)

# expect: set x 1
# expect: set y [2]
# expect: 1 [2] {'x': 1, 'y': [2]}
