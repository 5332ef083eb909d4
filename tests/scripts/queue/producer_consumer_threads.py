# Several producers and consumers through one bounded queue; every item arrives once.
import queue, threading
q = queue.Queue(maxsize=5)
received = []
lock = threading.Lock()
def producer(base):
    for i in range(50):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            received.append(item)
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(received), sorted(received) == sorted(k * 1000 + i for k in range(3) for i in range(50)))
# expect: 150 True
