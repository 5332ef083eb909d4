# A generator can catch exceptions from its own body and keep yielding.
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "inf"


print(list(safe_div([(1, 2), (1, 0), (9, 3)])))  # expect: [0.5, 'inf', 3.0]
