# super() reaches list methods from a list subclass.
class Limited(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, x):
        if len(self) >= self.limit:
            raise OverflowError("full")
        super().append(x)


l = Limited(2)
l.append(1)
l.append(2)
try:
    l.append(3)
except OverflowError as e:
    print("error:", e)
print(l, l.limit)

# expect: error: full
# expect: [1, 2] 2
