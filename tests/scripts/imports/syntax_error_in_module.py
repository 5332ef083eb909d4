# A SyntaxError in an imported module propagates to the importer with the module's file name.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import broken_syntax
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename.endswith("/_lib/broken_syntax.py"))  # expect: '(' was never closed 2 True
print("broken_syntax" in sys.modules)  # expect: False
