# Program: a small matrix class with @, +, scalar *, ==, indexing and str.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(a @ i == a, a @ a == a, (a + i).rows, (2 * a).rows, (a * 3)[1, 1])
a[0, 0] = 9
print(a)
print(a @ Matrix([[1], [1]]))
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)

# expect: True False [[2, 2], [3, 5]] [[2, 4], [6, 8]] 12
# expect:   9   2
# expect:   3   4
# expect:  11
# expect:   7
# expect: shape mismatch (2, 2) @ (1, 3)
