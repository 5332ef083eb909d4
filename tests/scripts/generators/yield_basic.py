# A generator function returns a generator; each next() runs it to the following yield.
def three():
    print("start")
    yield 1
    print("middle")
    yield 2
    yield 3


g = three()
print(type(g).__name__)  # expect: generator
print(next(g))  # expect: start
# expect: 1
print(next(g))  # expect: middle
# expect: 2
print(next(g), next(g, "done"))  # expect: 3 done
