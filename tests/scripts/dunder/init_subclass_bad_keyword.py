# Unknown class keywords reach object.__init_subclass__, which rejects them.
class A:
    pass


class B(A, flavour="x"):
    pass

# expect error: TypeError: B.__init_subclass__() takes no keyword arguments
