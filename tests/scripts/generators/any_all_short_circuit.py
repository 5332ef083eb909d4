# any() and all() stop consuming a generator as soon as the answer is known.
seen = []


def checked(values):
    for v in values:
        seen.append(v)
        yield v


print(any(v > 2 for v in checked([1, 3, 5, 7])), seen)  # expect: True [1, 3]
seen.clear()
print(all(v < 2 for v in checked([1, 3, 5])), seen)  # expect: False [1, 3]
