# from .. import m and from ..m import name climb to the parent package.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import shapes.util.fmt  # expect: shapes package init

print(shapes.util.fmt.area is shapes.circle.area)  # expect: True
print(shapes.util.fmt.square is sys.modules["shapes.square"])  # expect: True
