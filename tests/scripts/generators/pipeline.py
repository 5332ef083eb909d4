# Generators chained into a pipeline process items lazily, one at a time through every stage.
log = []


def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i


def doubled(items):
    for i in items:
        log.append(f"dbl{i}")
        yield i * 2


def evens_only(items):
    for i in items:
        if i % 4 == 0:
            yield i


print(list(evens_only(doubled(source(4)))))  # expect: [0, 4]
print(log)  # expect: ['src0', 'dbl0', 'src1', 'dbl1', 'src2', 'dbl2', 'src3', 'dbl3']
