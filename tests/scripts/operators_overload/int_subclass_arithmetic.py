# An int subclass overriding __add__ keeps the other operators of int.
class Odd(int):
    def __add__(self, other):
        return Odd(int(self) + int(other) + 1)

    def __repr__(self):
        return f"Odd({int(self)})"


x = Odd(3)
print(x + 1, 1 + x, x * 2, -x, x - 1, x == 3, x < 4, abs(Odd(-2)), x // 2, x ** 2)

# expect: Odd(5) 4 6 -3 2 True True 2 1 9
