# for and if clauses can interleave.
print([(a, b) for a in range(1, 5) if a % 2 == 0 for b in range(a) if b > 0])  # expect: [(2, 1), (4, 1), (4, 2), (4, 3)]
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)  # expect: [(3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (12, 16, 20)]
