# close() on a generator delegating to a user iterator calls the iterator's close method.
class Source:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        print("Source.close called")


def reader():
    yield from Source()


r = reader()
print(next(r))  # expect: item
r.close()  # expect: Source.close called
