# A directory appended to sys.path at run time is searched by later imports.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import shadow
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'shadow'
sys.path.append(__file__.rsplit("/", 1)[0] + "/_lib/alt2")
import shadow

print(shadow.WHERE)  # expect: alt2
