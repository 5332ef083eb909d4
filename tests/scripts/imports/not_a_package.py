# A dotted import below a plain module: the module is not a package.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import greet.extra
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'greet.extra'; 'greet' is not a package
    print(e.name)  # expect: greet.extra
print("greet" in sys.modules)  # expect: True
