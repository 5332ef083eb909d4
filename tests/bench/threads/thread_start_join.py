# The cost of starting a thread and joining it, one after another.
import threading, time
N = 500
def nothing():
    pass
start = time.perf_counter()
for _ in range(N):
    t = threading.Thread(target=nothing)
    t.start()
    t.join()
print(f"start_join_us {(time.perf_counter() - start) / N * 1e6:.1f}")
