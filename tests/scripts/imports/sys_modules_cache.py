# Imported modules live in sys.modules; re-import returns the same object.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet
import greet as again

print(sys.modules["greet"] is greet, again is greet)  # expect: True True
print("shapes" in sys.modules)  # expect: False
