# A class defined inside a function closes over the function's locals.
def make(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + ", " + name

    return Greeter


G = make("hello")
print(G().greet("ann"))
print(G.__qualname__)
print(make("hi")().greet("bob"))

# expect: hello, ann
# expect: make.<locals>.Greeter
# expect: hi, bob
