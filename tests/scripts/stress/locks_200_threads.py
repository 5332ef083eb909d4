# Stress: 200 threads hammer one Lock and one RLock; no update is lost.
# timeout: 120
import threading, sys
sys.setswitchinterval(1e-4)
lock = threading.Lock()
rlock = threading.RLock()
counts = {"lock": 0, "rlock": 0}
def hammer():
    for _ in range(200):
        with lock:
            counts["lock"] += 1
        with rlock:
            with rlock:
                counts["rlock"] += 1
threads = [threading.Thread(target=hammer) for _ in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
# expect: {'lock': 40000, 'rlock': 40000}
