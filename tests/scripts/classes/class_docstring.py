# A class docstring becomes __doc__; classes without one have __doc__ None.
class A:
    """Holds things."""

    def f(self):
        """Does f."""


class B:
    pass


print(A.__doc__, A().__doc__, A.f.__doc__)
print(B.__doc__)

# expect: Holds things. Holds things. Does f.
# expect: None
