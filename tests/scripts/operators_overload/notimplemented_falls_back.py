# A forward method returning NotImplemented lets the other operand's reflected method answer.
class A:
    def __mul__(self, o):
        print("A.__mul__")
        return NotImplemented


class B:
    def __rmul__(self, o):
        print("B.__rmul__")
        return "B handled it"


print(A() * B())

# expect: A.__mul__
# expect: B.__rmul__
# expect: B handled it
