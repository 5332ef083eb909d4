# A package whose __init__ pulls in a submodule with relative imports.
print("shapes package init")
from . import circle
from .square import side_of
KIND = "shapes"
