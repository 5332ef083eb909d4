# type(name, bases, dict) creates a class like a class statement.
def speak(self):
    return "I am " + self.name


Base = type("Base", (), {"kind": "base"})
Animal = type("Animal", (Base,), {"name": "generic", "speak": speak})
a = Animal()
print(a.speak(), a.kind)
print(Animal.__name__, Animal.__bases__ == (Base,), Animal.__mro__[1] is Base)
print(isinstance(a, Base), type(a) is Animal)
print(Animal.__module__)

# expect: I am generic base
# expect: Animal True True
# expect: True True
# expect: __main__
