# __getattribute__ intercepts every attribute read; object.__getattribute__ does the real lookup.
class Audited:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("hidden: " + name)
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


a = Audited()
print(a.x, a.method())
print(getattr(a, "secret_key", "none"))

# expect: get x
# expect: get method
# expect: 1 m
# expect: none
