# The other half of the working circular import; touching ring_x.X now fails.
import ring_x

try:
    ring_x.X
except AttributeError as e:
    print("during import:", e)


def use_x():
    return "y sees " + ring_x.X
