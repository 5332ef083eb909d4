# Semaphore argument checks and BoundedSemaphore over-release.
import threading
for make in (lambda: threading.Semaphore(-1), lambda: threading.Semaphore(1).release(0),
             lambda: threading.Semaphore(1).acquire(False, 1)):
    try:
        make()
    except ValueError as e:
        print(e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
b.release()
# expect: semaphore initial value must be >= 0
# expect: n must be one or more
# expect: can't specify timeout for non-blocking acquire
# expect error: ValueError: Semaphore released too many times
