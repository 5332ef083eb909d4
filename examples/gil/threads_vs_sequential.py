# The seed experiment: two CPU-bound functions, run one after the other and then in two threads.
#
#   gilt examples/gil/threads_vs_sequential.py [N]
#
# With a GIL, the threads take turns: the threaded run takes as long as the sequential
# one, and gilt's accounting shows each thread `ready` (waiting for the GIL) about half
# of the time. Processes would run in parallel; threads do not.
import sys
import threading
import time

import gil

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def count_up():
    count = 0
    for i in range(N):
        count = count + i


def count_down():
    count = 0
    for i in range(N):
        count = count + i


start = time.perf_counter()
count_up()
count_down()
sequential = time.perf_counter() - start
print(f"sequential : {sequential:.3f} s")

gil.reset_stats()
threads = [threading.Thread(target=count_up, name="count_up"),
           threading.Thread(target=count_down, name="count_down")]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"2 threads  : {threaded:.3f} s  ({threaded / sequential:.2f}x the sequential time)")

stats = gil.stats()
print()
print(f"{'thread':<12}{'running':>9}{'ready':>9}{'waiting':>9}{'ready %':>9}{'forced':>10}")
for t in stats["threads"]:
    if t["name"] not in ("count_up", "count_down"):
        continue
    lifetime = t["running"] + t["ready"] + t["waiting"]
    share = 100 * t["ready"] / lifetime if lifetime else 0
    print(f"{t['name']:<12}{t['running']:>8.3f}s{t['ready']:>8.3f}s{t['waiting']:>8.3f}s{share:>8.0f}%"
          f"{t['forced_drops']:>10}")
print()
print(f"The GIL was contended {100 * stats['contended'] / stats['wall']:.0f}% of the time;"
      f" {stats['switches']} switches, each forced by a drop request after a"
      f" {stats['switch_interval'] * 1000:g} ms switch interval.")
