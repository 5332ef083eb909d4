# Each class mangles with its own name, so a subclass cannot reach the base's private names.
class Base:
    def __init__(self):
        self.__token = "base"

    def token(self):
        return self.__token


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"

    def both(self):
        return self.__token, self.token()


class _Hidden:
    def __init__(self):
        self.__x = 1


c = Child()
print(c.both(), sorted(vars(c)), vars(_Hidden()))

# expect: ('child', 'base') ['_Base__token', '_Child__token'] {'_Hidden__x': 1}
