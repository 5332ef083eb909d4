# SimpleQueue: unbounded FIFO with get timeouts.
import queue, threading
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
print(sq.qsize(), [sq.get() for _ in range(3)])
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("empty now")
t = threading.Thread(target=lambda: sq.put("from thread"))
t.start()
print(sq.get(timeout=5))
t.join()
# expect: True 0
# expect: 3 [0, 1, 2]
# expect: empty
# expect: empty now
# expect: from thread
