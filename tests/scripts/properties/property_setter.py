# @x.setter adds a setter to the property; assignment runs it.
class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t._c, "celsius" in t.__dict__)

# expect: setting 100
# expect: 100 212.0
# expect: setting 0.0
# expect: 0.0 0.0 False
