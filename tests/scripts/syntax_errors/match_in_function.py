# A match statement nested in a function is refused before anything runs.
# skip python: match is valid in CPython 3.11; gilt deliberately does not support it
print("compiled first, so this never prints")
def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0):
            return "on the x axis"
    return "elsewhere"
print(describe((0, 0)))
# expect error: SyntaxError: 'match' is not supported
