# __name__ is the dotted module name in a module and "__main__" in the script.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet
import shapes.circle  # expect: shapes package init

print(__name__)  # expect: __main__
print(greet.__name__, greet.whoami())  # expect: greet greet
print(shapes.circle.__name__)  # expect: shapes.circle
