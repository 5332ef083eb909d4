# A module's body runs once, however often and wherever it is imported.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import counter_mod  # expect: loading counter_mod
import counter_mod


def again():
    import counter_mod
    return counter_mod.loads


print(again(), again())  # expect: 1 1
from counter_mod import loads

print(loads)  # expect: 1
