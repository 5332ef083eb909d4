# Fields can reach into arguments with .attribute and [index] accessors.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p))  # expect: 3,4 3
print("{0[1]} {0[-1]} {1[key]}".format([10, 20], {"key": "v", "-1": "neg"}))
print("{0[0][1]} {m[a][0]}".format([[1, 2]], m={"a": "xyz"}))
print("{0.real} {0.imag}".format(5))
# expect error: TypeError: list indices must be integers or slices, not str
