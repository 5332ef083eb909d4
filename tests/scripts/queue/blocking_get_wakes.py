# A consumer blocked in get() wakes up when a producer puts an item.
import queue, threading, time
q = queue.Queue()
out = []
t = threading.Thread(target=lambda: out.append(q.get()))
t.start()
time.sleep(0.02)
q.put("hello")
t.join()
print(out)
# expect: ['hello']
