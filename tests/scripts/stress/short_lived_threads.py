# Stress: 3000 short-lived threads, started and joined in waves of 100.
# timeout: 120
import threading
done = [0]
lock = threading.Lock()
def tiny(i):
    with lock:
        done[0] += i % 3
for wave in range(30):
    ts = [threading.Thread(target=tiny, args=(wave * 100 + i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(done[0], threading.active_count())
# expect: 3000 1
