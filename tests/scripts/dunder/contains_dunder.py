# `in` and `not in` call __contains__ and convert its result to bool.
class Evens:
    def __contains__(self, x):
        return x % 2 == 0


class Weird:
    def __contains__(self, x):
        return "yes" if x else ""


print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(1 in Weird(), 0 in Weird())

# expect: True False True
# expect: True False
