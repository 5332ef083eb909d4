# A StopIteration leaking from the element of a generator expression becomes RuntimeError.
its = [iter([1]), iter([])]
try:
    print(list(next(it) for it in its))
except RuntimeError as e:
    print(e)  # expect: generator raised StopIteration
