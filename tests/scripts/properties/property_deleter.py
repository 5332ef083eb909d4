# @x.deleter runs on del.
class Cache:
    def __init__(self):
        self._value = 1

    @property
    def value(self):
        return self._value

    @value.deleter
    def value(self):
        print("clearing")
        self._value = None


c = Cache()
del c.value
print(c.value)

# expect: clearing
# expect: None
