# Queue is first-in, first-out; qsize, empty and full follow the contents.
import queue
q = queue.Queue(maxsize=3)
print(q.empty(), q.full(), q.qsize())
for i in range(3):
    q.put(i)
print(q.empty(), q.full(), q.qsize())
print([q.get() for _ in range(3)])
# expect: True False 0
# expect: False True 3
# expect: [0, 1, 2]
