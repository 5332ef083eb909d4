# A Barrier wait that times out breaks the barrier for everyone.
import threading
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), b.broken)
b.reset()
print(b.broken)
b.abort()
print(repr(b).endswith("broken>"))
# expect: BrokenBarrierError True True
# expect: False
# expect: True
