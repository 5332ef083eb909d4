# A module-level __getattr__ supplies missing attributes, for attribute access and from-imports.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import lazy_attrs
from lazy_attrs import auto_value

print(lazy_attrs.defined, lazy_attrs.auto_name, auto_value)  # expect: defined NAME VALUE
try:
    lazy_attrs.other
except AttributeError as e:
    print(e)  # expect: module 'lazy_attrs' has no attribute 'other'
print(hasattr(lazy_attrs, "other"), hasattr(lazy_attrs, "auto_x"))  # expect: False True
