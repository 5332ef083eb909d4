# A name not found after the current class in the MRO is an AttributeError on 'super'.
class A:
    pass


class B(A):
    def f(self):
        return super().missing()


B().f()

# expect error: AttributeError: 'super' object has no attribute 'missing'
