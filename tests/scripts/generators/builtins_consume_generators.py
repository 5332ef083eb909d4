# Built-ins that take iterables accept generators: list, tuple, sum, min, max, sorted, dict, set, join.
def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(4)), tuple(squares(3)))  # expect: [0, 1, 4, 9] (0, 1, 4)
print(sum(squares(10)), min(squares(5)), max(squares(5)))  # expect: 285 0 16
print(sorted(squares(4), reverse=True))  # expect: [9, 4, 1, 0]
print(dict(zip("abc", squares(3))))  # expect: {'a': 0, 'b': 1, 'c': 4}
print(sorted(set(i % 3 for i in squares(6))))  # expect: [0, 1]
print(",".join(str(s) for s in squares(4)))  # expect: 0,1,4,9
print(list(enumerate(squares(3), 1)))  # expect: [(1, 0), (2, 1), (3, 4)]
print(list(map(lambda x: -x, squares(3))), list(filter(None, squares(3))))  # expect: [0, -1, -4] [1, 4]
