# An uncaught NameError suggests a local of the failing function first.
def total(prices):
    count = 0
    for p in prices:
        count += p
    return cout
total([1, 2])
# expect error: NameError: name 'cout' is not defined. Did you mean: 'count'?
