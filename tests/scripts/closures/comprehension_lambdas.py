# Lambdas made in a comprehension share the comprehension's variable.
fs = [lambda: n for n in range(3)]
print([f() for f in fs])  # expect: [2, 2, 2]
gs = [lambda n=n: n for n in range(3)]
print([g() for g in gs])  # expect: [0, 1, 2]
