# yield from a user iterator: the value of its StopIteration is the result; plain iterators give None.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def run():
    result = yield from Countdown(3)
    print("result:", result)
    result = yield from [7]
    print("result:", result)


print(list(run()))
# expect: result: liftoff
# expect: result: None
# expect: [2, 1, 0, 7]
