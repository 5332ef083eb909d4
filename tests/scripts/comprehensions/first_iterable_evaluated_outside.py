# The first iterable is evaluated once, in the enclosing scope.
calls = []
def source():
    calls.append("called")
    return [1, 2, 3]
r = [x for x in source() if x > 1]
print(r, calls)  # expect: [2, 3] ['called']
