# The main script's directory is sys.path[0] at start-up (before this test adds _lib).
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
print(sys.path[1] == __file__.rsplit("/", 1)[0])  # expect: True
print(sys.path[0].endswith("/_lib"))  # expect: True
