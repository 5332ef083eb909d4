# Reading a missing instance attribute raises AttributeError naming the class.
class A:
    def __init__(self):
        self.x = 1


a = A()
print(a.x)
print(a.y)

# expect: 1
# expect error: AttributeError: 'A' object has no attribute 'y'
