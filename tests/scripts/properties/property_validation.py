# A property setter validates values and raises ValueError; the old value stays.
class Person:
    def __init__(self, age):
        self.age = age

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f"invalid age: {value!r}")
        self._age = value


p = Person(30)
for v in (31, -1, "x"):
    try:
        p.age = v
    except ValueError as e:
        print(e)
print(p.age)
try:
    Person(-5)
except ValueError as e:
    print("init:", e)

# expect: invalid age: -1
# expect: invalid age: 'x'
# expect: 31
# expect: init: invalid age: -5
