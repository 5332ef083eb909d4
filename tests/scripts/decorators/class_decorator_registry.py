# A registering decorator with an argument records classes and functions by name.
registry = {}


def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco


@register("adder")
def add(a, b):
    return a + b


@register("shape")
class Square:
    def area(self, s):
        return s * s


print(sorted(registry), registry["adder"](2, 3), registry["shape"]().area(4), Square is registry["shape"])

# expect: ['adder', 'shape'] 5 16 True
