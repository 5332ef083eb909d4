# Generator expressions over generator expressions stay lazy end to end.
log = []


def src(n):
    for i in range(n):
        log.append(i)
        yield i


evens = (x for x in src(10) if x % 2 == 0)
squares = (x * x for x in evens)
print(next(squares), next(squares), log)  # expect: 0 4 [0, 1, 2]
