# Subclasses override class attributes; methods of the base see the subclass's value.
class Base:
    greeting = "hello"

    def greet(self):
        return self.greeting + " from " + type(self).__name__


class Loud(Base):
    greeting = "HELLO"


print(Base().greet(), Loud().greet(), Base.greeting)

# expect: hello from Base HELLO from Loud hello
