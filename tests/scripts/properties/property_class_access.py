# Accessing a property on the class returns the property object itself.
class A:
    @property
    def x(self):
        """The x."""
        return 1


print(isinstance(A.x, property), A.x.__doc__, A.x.fget(A()))

# expect: True The x. 1
