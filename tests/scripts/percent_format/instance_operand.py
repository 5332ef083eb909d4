# "%s" % obj formats any instance (through __str__/__repr__), even one with no dunders.
class Celsius:
    def __init__(self, d): self.d = d
    def __str__(self): return f"{self.d}C"
    def __repr__(self): return f"Celsius({self.d})"
class Plain:
    pass
print("temp: %s" % Celsius(21))
print("repr: %r" % Celsius(21))
print("%s" % Plain() != "")
print(b"%s" % b"x", "%5s|" % Celsius(3))
class WithRmod:
    def __rmod__(self, other): return "rmod"
print("%s" % WithRmod() != "rmod")
print(5 % WithRmod())
try:
    "%d" % Plain()
except TypeError as e:
    print(e)
try:
    "%s %s" % Celsius(1)
except TypeError as e:
    print(e)
# expect: temp: 21C
# expect: repr: Celsius(21)
# expect: True
# expect: b'x'    3C|
# expect: True
# expect: rmod
# expect: %d format: a real number is required, not Plain
# expect: not enough arguments for format string
