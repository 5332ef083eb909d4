# A class with __iter__ returning self and __next__ raising StopIteration drives for loops.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
for x in Countdown(2):
    print(x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(4)), sorted(Countdown(3)), [x * 2 for x in Countdown(2)])

# expect: [3, 2, 1]
# expect: 2
# expect: 1
# expect: 2 1 done
# expect: 10 [1, 2, 3] [4, 2]
