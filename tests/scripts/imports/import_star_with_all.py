# from pkg import * takes the names in __all__, importing the submodules it lists.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from starpkg import *  # expect: loading starpkg.tools

print(visible, tools.TOOL)  # expect: visible hammer
print("hidden" in globals())  # expect: False
