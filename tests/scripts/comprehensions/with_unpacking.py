# Comprehension targets may unpack tuples.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([f"{n}{s}" for n, s in pairs])  # expect: ['1a', '2b', '3c']
print({s: n for n, s in pairs})  # expect: {'a': 1, 'b': 2, 'c': 3}
print([i * v for i, (v, _) in enumerate(pairs)])  # expect: [0, 2, 6]
