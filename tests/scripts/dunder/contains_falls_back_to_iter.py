# Without __contains__, `in` iterates with __iter__.
class Range3:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in Range3(), 5 in Range3())

# expect: iterating
# expect: iterating
# expect: True False
