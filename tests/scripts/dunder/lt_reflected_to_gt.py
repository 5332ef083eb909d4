# With only __lt__ defined, `a > b` is answered by b.__lt__(a); sorting and max use __lt__.
class Ver:
    verbose = True

    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if Ver.verbose:
            print(f"lt {self.n} {other.n}")
        return self.n < other.n

    def __repr__(self):
        return f"V{self.n}"


print(Ver(1) < Ver(2))
print(Ver(1) > Ver(2))
Ver.verbose = False
print(sorted([Ver(3), Ver(1), Ver(2)]), max([Ver(2), Ver(5), Ver(1)]))

# expect: lt 1 2
# expect: True
# expect: lt 2 1
# expect: False
# expect: [V1, V2, V3] V5
