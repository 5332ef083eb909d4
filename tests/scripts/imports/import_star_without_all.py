# from m import * without __all__ skips names that start with an underscore.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from plainstar import *

print(public, also_public)  # expect: 1 3
print("_private" in globals())  # expect: False
