# Circular import that works: ring_y only uses ring_x's names later, at call time.
import ring_y
X = "x"


def call_y():
    return ring_y.use_x()
