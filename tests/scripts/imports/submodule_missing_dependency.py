# A submodule that fails to import its own dependency reports that dependency, even via from-import.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    from relpkg import needs_missing
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'no_such_dependency'
print("relpkg.needs_missing" in sys.modules)  # expect: False
