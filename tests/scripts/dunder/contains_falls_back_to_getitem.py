# Without __contains__ or __iter__, `in` uses the __getitem__ sequence protocol.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(9 in Squares(), 10 in Squares(), list(Squares()))

# expect: True False [0, 1, 4, 9, 16]
