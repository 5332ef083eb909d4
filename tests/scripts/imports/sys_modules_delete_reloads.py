# Removing a module from sys.modules makes the next import run its body again.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import counter_mod  # expect: loading counter_mod

first = counter_mod
del sys.modules["counter_mod"]
import counter_mod  # expect: loading counter_mod

print(first is counter_mod)  # expect: False
