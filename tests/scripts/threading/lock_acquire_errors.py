# acquire() argument checks, with CPython's messages.
import threading
lock = threading.Lock()
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -5}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print(e)
try:
    lock.acquire(timeout=1e20)
except OverflowError as e:
    print(e)
print(threading.TIMEOUT_MAX)
# expect: can't specify a timeout for a non-blocking call
# expect: timeout value must be positive
# expect: timestamp out of range for platform time_t
# expect: 9223372036.0
