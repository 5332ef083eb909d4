# import m as n binds only the alias.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet as g

print(g.hello("alias"))  # expect: hello, alias
print("greet" in globals(), "g" in globals())  # expect: False True
