# super().__thisclass__ and super().__self__ describe the binding.
class A:
    def f(self):
        s = super()
        return s.__thisclass__ is A, s.__self__ is self


print(A().f())

# expect: (True, True)
