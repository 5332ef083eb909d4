# from pkg import sub imports a submodule that the package has not imported.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from shapes import util  # expect: shapes package init
from shapes.util import fmt

print(util.__name__, fmt.__name__)  # expect: shapes.util shapes.util.fmt
print(fmt.describe(2))  # expect: circle r=2 area=12 side=3.46
