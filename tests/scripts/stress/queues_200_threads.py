# Stress: 100 producers and 100 consumers through one bounded Queue; every item arrives exactly once.
# timeout: 120
import threading, queue, sys
sys.setswitchinterval(1e-4)
q = queue.Queue(maxsize=16)
got = [0] * 100
totals = [0] * 100
def producer(k):
    for i in range(50):
        q.put(k * 1000 + i)
def consumer(k):
    for _ in range(50):
        item = q.get()
        got[k] += 1
        totals[k] += item
        q.task_done()
ps = [threading.Thread(target=producer, args=(k,)) for k in range(100)]
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(100)]
for t in cs + ps:
    t.start()
q.join()
for t in ps + cs:
    t.join()
print(sum(got), sum(totals) == sum(k * 1000 + i for k in range(100) for i in range(50)), q.qsize())
# expect: 5000 True 0
