# Generator expressions built in a loop capture the variable, not its value at creation.
gens = []
for k in range(3):
    gens.append(x + k for x in [0])
print([list(g) for g in gens])  # expect: [[2], [2], [2]]
