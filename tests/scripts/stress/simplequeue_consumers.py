# Stress: 8 producers and 8 consumers share one SimpleQueue while the GIL switches every
# microsecond; every item is received exactly once (no item taken twice, none lost).
# timeout: 120
import queue
import sys
import threading

sys.setswitchinterval(1e-6)
q = queue.SimpleQueue()
PRODUCERS, CONSUMERS, ITEMS = 8, 8, 1500
received = [[] for _ in range(CONSUMERS)]


def produce(p):
    for i in range(ITEMS):
        q.put((p, i))


def consume(c):
    mine = received[c]
    while True:
        item = q.get()
        if item is None:
            return
        mine.append(item)


consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
everything = [item for mine in received for item in mine]
print(len(everything), len(set(everything)), PRODUCERS * ITEMS)
print(sorted(everything) == [(p, i) for p in range(PRODUCERS) for i in range(ITEMS)])
print(q.empty(), q.qsize())
# expect: 12000 12000 12000
# expect: True
# expect: True 0
