# Closures can reach variables several levels out.
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(20)(300))  # expect: 321
add5 = a(5)(0)
print(add5(1), add5(2))  # expect: 6 7
