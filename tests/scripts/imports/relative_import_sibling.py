# from . import m and from .m import name inside a package.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import shapes  # expect: shapes package init
import shapes.square

print(shapes.square.pi_again(), shapes.circle.PI)  # expect: 3 3
print(shapes.side_of is shapes.square.side_of)  # expect: True
