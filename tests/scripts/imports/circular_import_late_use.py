# A circular import works when names are used only later; early use sees a partial module.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import ring_x  # expect: during import: partially initialized module 'ring_x' has no attribute 'X' (most likely due to a circular import)

print(ring_x.call_y())  # expect: y sees x
print(ring_x.ring_y.ring_x is ring_x)  # expect: True
