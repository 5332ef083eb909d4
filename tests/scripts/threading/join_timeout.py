# join(timeout) returns after the timeout while the thread is still running.
import threading, time
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
start = time.monotonic()
t.join(0.05)
elapsed = time.monotonic() - start
print(t.is_alive(), 0.04 < elapsed < 2)
ev.set()
t.join()
print(t.is_alive())
# expect: True True
# expect: False
