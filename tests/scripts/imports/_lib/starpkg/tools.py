# Imported by `from starpkg import *` because __all__ lists it.
print("loading starpkg.tools")
TOOL = "hammer"
