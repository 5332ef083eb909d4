# Circular import, half one: imports circ_b before defining VALUE.
import circ_b
VALUE = "a"
