# __setattr__ storing into self.__dict__ directly.
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []

    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value.upper() if isinstance(value, str) else value


r = Recorder()
r.a = "x"
r.b = 2
print(r.a, r.b, r.log)

# expect: X 2 ['a', 'b']
