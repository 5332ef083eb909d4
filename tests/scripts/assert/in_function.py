# asserts inside functions check arguments.
def mean(xs):
    assert len(xs) > 0, "empty input"
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]))  # expect: 2.5
try:
    mean([])
except AssertionError as e:
    print(e)  # expect: empty input
