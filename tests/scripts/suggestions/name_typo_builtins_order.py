# A missing name that is close only to a builtin: CPython 3.11 offers the builtin (here False).
class A:
    def __init__(self):
        self.value = 1
    def f(self):
        return value
A().f()
# expect error: NameError: name 'value' is not defined. Did you mean: 'False'?
