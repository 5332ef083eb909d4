# Two CPU-bound threads (the seed's count_up/count_down) against the same work done sequentially.
import sys, threading, time
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
def count():
    c = 0
    for i in range(N):
        c = c + i
start = time.perf_counter()
count(); count()
seq = time.perf_counter() - start
try:
    import gil
    gil.reset_stats()
except ImportError:
    gil = None
ts = [threading.Thread(target=count, name=f"count-{k}") for k in range(2)]
start = time.perf_counter()
for t in ts: t.start()
for t in ts: t.join()
par = time.perf_counter() - start
print(f"sequential_s {seq:.4f}")
print(f"threads_s {par:.4f}")
print(f"threads_over_sequential {par / seq:.3f}")
if gil:
    s = gil.stats()
    for t in s["threads"]:
        if t["name"].startswith("count-"):
            life = t["running"] + t["ready"] + t["waiting"]
            print(f"ready_share_{t['name']} {t['ready'] / life:.3f}")
