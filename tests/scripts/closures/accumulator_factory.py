# Closures as function factories with independent state.
def make_accumulator(start):
    total = start
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return history
    return add
acc = make_accumulator(100)
acc(10)
print(acc(-5))  # expect: [110, 105]
other = make_accumulator(0)
print(other(1), acc(0))  # expect: [1] [110, 105, 105]
