# Reflected operators receive floats and bools unchanged.
class Unit:
    def __radd__(self, o):
        return ("radd", type(o).__name__, o)

    def __rmul__(self, o):
        return ("rmul", type(o).__name__, o)


print(1.5 + Unit(), True * Unit(), 10**30 + Unit())

# expect: ('radd', 'float', 1.5) ('rmul', 'bool', True) ('radd', 'int', 1000000000000000000000000000000)
