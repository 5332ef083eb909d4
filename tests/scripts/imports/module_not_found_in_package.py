# A missing submodule of a package names the full dotted path.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import shapes.hexagon  # expect: shapes package init
except ModuleNotFoundError as e:
    print(e, "|", e.name)  # expect: No module named 'shapes.hexagon' | shapes.hexagon
lib = __file__.rsplit("/", 1)[0] + "/_lib"
try:
    from shapes import hexagon
except ImportError as e:
    print(type(e).__name__, str(e).replace(lib, "<lib>"))  # expect: ImportError cannot import name 'hexagon' from 'shapes' (<lib>/shapes/__init__.py)
