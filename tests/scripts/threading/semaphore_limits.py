# A Semaphore(2) lets at most two threads in at once.
import threading, time
sem = threading.Semaphore(2)
inside = 0
peak = 0
lock = threading.Lock()
def work():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak, inside)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
print(sem.acquire(timeout=0.01))
# expect: 2 0
# expect: True True False
# expect: False
