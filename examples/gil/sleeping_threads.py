# Sleeping releases the GIL: 50 threads that each sleep 0.1 s finish together in about 0.1 s.
#
#   gilt examples/gil/sleeping_threads.py [THREADS] [SECONDS]
import sys
import threading
import time

import gil

n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 0.1

gil.reset_stats()
start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(seconds,)) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(f"{n} threads x time.sleep({seconds}): {elapsed:.3f} s (sequentially: {n * seconds:.1f} s)")

stats = gil.stats()
sleepers = [t for t in stats["threads"] if t["name"] != "MainThread"]
asleep = sum(t["waiting_by_reason"].get("sleep", 0) for t in sleepers)
print(f"time spent asleep, all threads together: {asleep:.2f} s; GIL held only {stats['held'] * 1000:.1f} ms")
