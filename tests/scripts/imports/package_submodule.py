# import pkg.sub binds the top-level package, with the submodule as its attribute.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import shapes.square  # expect: shapes package init

print("square" in globals(), "shapes" in globals())  # expect: False True
print(shapes.square.side_of(9))  # expect: 3.0
print(sys.modules["shapes.square"] is shapes.square)  # expect: True
print(shapes.square.__package__)  # expect: shapes
