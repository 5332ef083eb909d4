# A staticmethod is called without self, through the class or an instance.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    def twice(self, x):
        return self.add(x, x)


print(MathUtil.add(1, 2), MathUtil().add(3, 4), MathUtil().twice(5))
print(type(MathUtil.__dict__["add"]).__name__, MathUtil.add.__name__)

# expect: 3 7 10
# expect: staticmethod add
