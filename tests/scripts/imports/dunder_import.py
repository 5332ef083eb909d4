# __import__ returns the top-level package, or the module itself when fromlist is given.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
m = __import__("greet")
print(m.NAME)  # expect: greet
top = __import__("shapes.circle")  # expect: shapes package init
print(top.__name__)  # expect: shapes
leaf = __import__("shapes.circle", fromlist=["area"])
print(leaf.__name__, leaf is sys.modules["shapes.circle"])  # expect: shapes.circle True
