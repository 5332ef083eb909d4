# Lock: acquire/release, locked(), non-blocking acquire, acquire with timeout.
import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print(type(lock).__name__, repr(lock).startswith("<unlocked _thread.lock object at 0x"))
# expect: False True True
# expect: False False
# expect: False
# expect: inside True
# expect: lock True
