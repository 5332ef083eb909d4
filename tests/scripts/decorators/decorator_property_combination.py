# A custom decorator under @property wraps the getter.
def upper(func):
    def wrapper(self):
        return func(self).upper()
    return wrapper


class User:
    def __init__(self, name):
        self._name = name

    @property
    @upper
    def name(self):
        return self._name


print(User("ann").name)

# expect: ANN
