# Circular import, half two: wants a name from circ_a, which is still running.
from circ_a import VALUE
