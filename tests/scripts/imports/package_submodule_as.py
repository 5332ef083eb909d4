# import pkg.sub as name binds the submodule itself.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import shapes.circle as c  # expect: shapes package init

print(c.__name__, c.area(1))  # expect: shapes.circle 3
print("shapes" in globals())  # expect: False
