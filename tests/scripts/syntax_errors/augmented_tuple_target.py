# Augmented assignment needs a single target.
a, b = 1, 2
a, b += 1
# expect error: SyntaxError: 'tuple' is an illegal expression for augmented assignment
