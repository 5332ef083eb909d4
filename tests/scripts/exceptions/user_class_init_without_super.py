# A custom __init__ that never calls super().__init__ keeps the constructor's args.
class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b


q = Quiet(2, 3)
print(q.args, q.total)  # expect: (2, 3) 5
print(str(q))  # expect: (2, 3)
print(repr(q))  # expect: Quiet(2, 3)
