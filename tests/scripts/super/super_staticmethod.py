# super() finds staticmethods of the parent class.
class Base:
    @staticmethod
    def tag():
        return "base-tag"


class Child(Base):
    def show(self):
        return super().tag()


print(Child().show())

# expect: base-tag
