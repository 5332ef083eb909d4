# Assigning __class__ switches an instance between compatible classes (a state pattern).
class Idle:
    def handle(self):
        self.__class__ = Running
        return "starting"


class Running:
    def handle(self):
        self.__class__ = Idle
        return "stopping"


m = Idle()
print([m.handle() for _ in range(3)], type(m).__name__)
for bad in (int, 5):
    try:
        m.__class__ = bad
    except TypeError as e:
        print(e)

# expect: ['starting', 'stopping', 'starting'] Running
# expect: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: __class__ must be set to a class, not 'int' object
