# Comprehensions inside functions see the function's locals and parameters.
def scaled(values, factor):
    offset = 1
    return [v * factor + offset for v in values if v != factor]
print(scaled([1, 2, 3], 2))  # expect: [3, 7]
def pairs(n):
    return {i: [j for j in range(i) if (i + j) % n == 0] for i in range(5)}
print(pairs(3))  # expect: {0: [], 1: [], 2: [1], 3: [0], 4: [2]}
