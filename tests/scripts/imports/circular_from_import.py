# from m import name during m's own import fails with CPython's circular-import message.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
lib = __file__.rsplit("/", 1)[0] + "/_lib"
try:
    import circ_a
except ImportError as e:
    print(str(e).replace(lib, "<lib>"))  # expect: cannot import name 'VALUE' from partially initialized module 'circ_a' (most likely due to a circular import) (<lib>/circ_a.py)
    print(e.name, e.path == lib + "/circ_a.py")  # expect: circ_a True
print("circ_a" in sys.modules, "circ_b" in sys.modules)  # expect: False False
