# A module's __dict__ is its namespace: vars() returns it and changes show through.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet

d = vars(greet)
print(d is greet.__dict__, d["NAME"], d["__name__"])  # expect: True greet greet
d["added"] = 42
print(greet.added)  # expect: 42
greet.other = "set"
print(greet.__dict__["other"])  # expect: set
del greet.added
print("added" in d, hasattr(greet, "added"))  # expect: False False
