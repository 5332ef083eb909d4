# sort() calls __lt__ on the same pairs, in the same order, as CPython's list sort.
class Ver:
    log = []

    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        Ver.log.append(f"{self.n}<{other.n}")
        return self.n < other.n

    def __repr__(self):
        return f"V{self.n}"


print(sorted([Ver(3), Ver(1), Ver(2)]))
print(" ".join(Ver.log))
Ver.log = []
print(sorted([Ver(n) for n in [5, 2, 8, 1, 9, 3]], reverse=True))
print(" ".join(Ver.log))
Ver.log = []
items = [Ver((i * 7919) % 97) for i in range(80)]
items.sort()
print(len(Ver.log), items[:5], items[-3:])

# expect: [V1, V2, V3]
# expect: 1<3 2<1 2<3 2<1
# expect: [V9, V8, V5, V3, V2, V1]
# expect: 9<3 1<9 1<9 1<3 8<3 8<9 2<8 2<3 2<1 5<3 5<9 5<8
# expect: 402 [V0, V1, V2, V3, V4] [V93, V95, V96]
