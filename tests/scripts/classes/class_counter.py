# A class attribute updated through the class from __init__ counts instances.
class Dog:
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.number = Dog.count


dogs = [Dog(n) for n in ["rex", "fido", "spot"]]
print(Dog.count, [d.number for d in dogs], dogs[1].count)

# expect: 3 [1, 2, 3] 3
