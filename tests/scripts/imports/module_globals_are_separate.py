# A module's functions use that module's globals; the importer's names are separate.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import globals_mod
from globals_mod import bump

counter = 100
print(bump(), bump(), globals_mod.counter, counter)  # expect: 1 2 2 100
globals_mod.counter = 10
print(bump())  # expect: 11
