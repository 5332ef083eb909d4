# sys.path is searched in order: a directory inserted first wins over one appended.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
lib = __file__.rsplit("/", 1)[0] + "/_lib"
sys.path.append(lib + "/alt2")
sys.path.insert(0, lib + "/alt1")
import shadow

print(shadow.WHERE)  # expect: alt1
print(shadow.__file__ == lib + "/alt1/shadow.py")  # expect: True
