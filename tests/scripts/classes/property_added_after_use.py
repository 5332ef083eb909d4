# A property added to a class later takes precedence over the instance dict from then on.
class A:
    def __init__(self):
        self.x = "plain"


def get(o):
    return o.x


def put(o, v):
    o.x = v


a = A()
print(get(a))
A.x = property(lambda self: "property", lambda self, v: print("setter", v))
print(get(a))
put(a, 5)
print(a.__dict__)

# expect: plain
# expect: property
# expect: setter 5
# expect: {'x': 'plain'}
