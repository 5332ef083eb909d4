# Automatic and manual field numbering cannot be mixed.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{0}{0}".format("x"))  # expect: 1 2 b a b xx
for f in ["{0} {}", "{} {0}"]:
    try:
        f.format(1, 2)
    except ValueError as e:
        print(e)
        # expect: cannot switch from manual field specification to automatic field numbering
        # expect: cannot switch from automatic field numbering to manual field specification
