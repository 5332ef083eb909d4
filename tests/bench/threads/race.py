# Two threads doing an unprotected x = x + 1 a million times each with a 1 us switch interval; then with a Lock.
import sys, threading
sys.setswitchinterval(1e-6)
N = 1_000_000
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
for name, fn in (("lost_unprotected", unprotected), ("lost_with_lock", protected)):
    x = 0
    ts = [threading.Thread(target=fn) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(f"{name} {2 * N - x}")
