# The seeds' advice: I/O-bound waits overlap in a thread pool (8 waits of 0.05 s take much less than 0.4 s).
import concurrent.futures as cf
import time
start = time.monotonic()
with cf.ThreadPoolExecutor(8) as ex:
    list(ex.map(time.sleep, [0.05] * 8))
print(time.monotonic() - start < 0.3)
# expect: True
