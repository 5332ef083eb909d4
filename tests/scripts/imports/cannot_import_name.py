# from m import missing: ImportError naming the module and its file, with name and path set.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
lib = __file__.rsplit("/", 1)[0] + "/_lib"
try:
    from greet import goodbye
except ImportError as e:
    print(type(e).__name__, str(e).replace(lib, "<lib>"))  # expect: ImportError cannot import name 'goodbye' from 'greet' (<lib>/greet.py)
    print(e.name, e.path == lib + "/greet.py")  # expect: greet True
