# A missing module attribute is an AttributeError naming the module.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet

try:
    greet.farewell
except AttributeError as e:
    print(e)  # expect: module 'greet' has no attribute 'farewell'
print(hasattr(greet, "hello"), getattr(greet, "nope", "default"))  # expect: True default
