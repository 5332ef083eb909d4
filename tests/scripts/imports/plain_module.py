# import of a .py module found on sys.path; its functions and constants are attributes.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import greet

print(greet.NAME)  # expect: greet
print(greet.hello("world"))  # expect: hello, world
print(type(greet).__name__)  # expect: module
