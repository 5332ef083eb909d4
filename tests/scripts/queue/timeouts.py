# get/put with a timeout raise Empty/Full after waiting; negative timeouts are errors.
import queue, time
q = queue.Queue(1)
start = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("empty after", time.monotonic() - start >= 0.02)
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("full")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
# expect: empty after True
# expect: full
# expect: 'timeout' must be a non-negative number
