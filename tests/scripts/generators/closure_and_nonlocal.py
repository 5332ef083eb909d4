# Generators can use closures: they read and rebind variables of the enclosing function.
def make_counter():
    count = 0

    def ticks(n):
        nonlocal count
        for _ in range(n):
            count += 1
            yield count

    def total():
        return count

    return ticks, total


ticks, total = make_counter()
print(list(ticks(3)), total())  # expect: [1, 2, 3] 3
print(list(ticks(2)), total())  # expect: [4, 5] 5
