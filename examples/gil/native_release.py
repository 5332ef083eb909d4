# Natives that release the GIL run in parallel (like NumPy); natives that hold it take turns.
#
#   gilt examples/gil/native_release.py [N]
#
# gil.native_compute(n) is a CPU-bound C++ loop; with release_gil=True it lets go of
# the GIL while it computes, as NumPy, zlib or hashlib do in CPython.
import sys
import threading
import time

import gil

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000_000


def measure(release):
    start = time.perf_counter()
    gil.native_compute(N, release_gil=release)
    gil.native_compute(N, release_gil=release)
    sequential = time.perf_counter() - start
    threads = [threading.Thread(target=gil.native_compute, args=(N, release)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sequential, time.perf_counter() - start


for release in (True, False):
    sequential, threaded = measure(release)
    label = "releases the GIL" if release else "holds the GIL"
    print(f"native that {label:<17}: sequential {sequential:.3f} s, 2 threads {threaded:.3f} s"
          f" ({threaded / sequential:.2f}x)")
