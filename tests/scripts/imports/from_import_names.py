# from m import a, b binds the names themselves.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from greet import NAME, hello

print(NAME, hello("from"))  # expect: greet hello, from
print("greet" in globals())  # expect: False
