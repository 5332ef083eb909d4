# __file__ is the path of the module's source; a package's is its __init__.py.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet
import shapes  # expect: shapes package init

lib = __file__.rsplit("/", 1)[0] + "/_lib"
print(greet.__file__ == lib + "/greet.py")  # expect: True
print(shapes.__file__ == lib + "/shapes/__init__.py")  # expect: True
print(shapes.__path__ == [lib + "/shapes"])  # expect: True
print(__file__.endswith("/imports/dunder_file.py"))  # expect: True
