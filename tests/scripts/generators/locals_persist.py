# A generator's local variables survive between resumptions.
def running_sum(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total, count


print(list(running_sum([5, 10, 20])))  # expect: [(5, 1), (15, 2), (35, 3)]
