# Importing a package runs its __init__.py, which may import submodules itself.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import shapes  # expect: shapes package init

print(shapes.KIND)  # expect: shapes
print(shapes.circle.area(2))  # expect: 12
print(shapes.side_of(16))  # expect: 4.0
print(shapes.__package__, shapes.__name__)  # expect: shapes shapes
