# An import inside a function binds a local name; the module stays cached globally.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
def use():
    import greet
    from shapes import circle
    return greet.hello("local"), circle.area(1)


print(use())  # expect: shapes package init
# expect: ('hello, local', 3)
print("greet" in globals(), "greet" in sys.modules)  # expect: False True
