# A thread switch can land in the middle of `x = x + 1`: unprotected updates get lost; with a Lock, none do.
#
#   gilt examples/gil/race_condition.py [N]
#
# `x = x + 1` is several bytecodes (load x, add, store x). gilt checks for a GIL drop
# request between any two of them, so with a tiny switch interval a thread is often
# switched out after loading x and before storing it back; the other thread's updates
# in between are then overwritten.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
sys.setswitchinterval(1e-6)

x = 0


def unprotected():
    global x
    for _ in range(N):
        x = x + 1


lock = threading.Lock()


def protected():
    global x
    for _ in range(N):
        with lock:
            x = x + 1


for label, target in (("without a lock", unprotected), ("with a Lock", protected)):
    x = 0
    threads = [threading.Thread(target=target) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{label:<15}: x = {x:>9,} of {2 * N:,}  ({2 * N - x:,} updates lost)")
