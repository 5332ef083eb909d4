# A base class method raising NotImplementedError marks it as abstract.
class Base:
    def run(self):
        return "ran " + self.name()

    def name(self):
        raise NotImplementedError("subclasses must implement name()")


class Impl(Base):
    def name(self):
        return "impl"


print(Impl().run())
Base().run()

# expect: ran impl
# expect error: NotImplementedError: subclasses must implement name()
