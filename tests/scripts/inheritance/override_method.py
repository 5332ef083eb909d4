# A subclass method overrides the base method; the base stays reachable through the class.
class Animal:
    def sound(self):
        return "..."

    def speak(self):
        return type(self).__name__ + " says " + self.sound()


class Cat(Animal):
    def sound(self):
        return "meow"


print(Animal().speak(), Cat().speak(), Animal.sound(Cat()))

# expect: Animal says ... Cat says meow ...
