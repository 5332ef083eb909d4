# Program: matrices as lists of lists: multiply, transpose, identity, power and determinant.


def zeros(rows, cols):
    return [[0] * cols for _ in range(rows)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        k >>= 1
    return result


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j, v in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * v * determinant(minor)
    return total


def show(name, m):
    width = max([len(str(v)) for row in m for v in row])
    print(name)
    for row in m:
        print("  [" + " ".join([str(v).rjust(width) for v in row]) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a x b", multiply(a, b))
show("b x a", multiply(b, a))
show("transpose(a)", transpose(a))
fib = [[1, 1], [1, 0]]
print("fib(90) =", power(fib, 90)[0][1])
print("det:", determinant([[2, 0, 1], [1, 3, 2], [1, 1, 4]]), determinant(identity(4)))
halves = multiply([[0.1, 0.2]], [[0.1], [0.2]])
print("floats:", halves)
try:
    multiply(a, a)
except ValueError as e:
    print("error:", e)

# expect: a x b
# expect:   [ 58  64]
# expect:   [139 154]
# expect: b x a
# expect:   [ 39  54  69]
# expect:   [ 49  68  87]
# expect:   [ 59  82 105]
# expect: transpose(a)
# expect:   [1 4]
# expect:   [2 5]
# expect:   [3 6]
# expect: fib(90) = 2880067194370816120
# expect: det: 18 1
# expect: floats: [[0.05000000000000001]]
# expect: error: shape mismatch: 2x3 times 2x3
