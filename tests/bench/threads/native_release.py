# Two threads calling a CPU-bound native that releases the GIL, against the same calls in sequence.
# gilt: gil.native_compute; CPython: hashlib.sha256 over 4 MiB buffers (which releases the GIL too).
import threading, time
try:
    import gil
    N = 150_000_000
    def work():
        gil.native_compute(N, release_gil=True)
except ImportError:
    import hashlib
    data = b"x" * (4 << 20)
    def work():
        for _ in range(60):
            hashlib.sha256(data).digest()
start = time.perf_counter()
work(); work()
seq = time.perf_counter() - start
ts = [threading.Thread(target=work) for _ in range(2)]
start = time.perf_counter()
for t in ts: t.start()
for t in ts: t.join()
par = time.perf_counter() - start
print(f"sequential_s {seq:.4f}")
print(f"threads_s {par:.4f}")
print(f"threads_over_sequential {par / seq:.3f}")
