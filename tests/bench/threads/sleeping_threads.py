# 50 threads that each sleep 0.1 s: sleeping releases the GIL, so they overlap.
import threading, time
start = time.perf_counter()
ts = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print(f"elapsed_s {time.perf_counter() - start:.4f}")
