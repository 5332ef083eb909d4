# throw() raises at the paused yield; a generator that catches it can yield the next value.
def worker():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"recovered from {e}"


w = worker()
print(next(w))  # expect: ready
print(w.throw(ValueError("bad input")))  # expect: recovered from bad input
print(next(w))  # expect: ready
