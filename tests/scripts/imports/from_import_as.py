# from m import a as b binds the alias to the object from the module.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from greet import hello as hi, NAME as label
import greet

print(hi("x"), label)  # expect: hello, x greet
print(hi is greet.hello)  # expect: True
