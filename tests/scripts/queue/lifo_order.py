# LifoQueue returns the most recent item first.
import queue
q = queue.LifoQueue()
for x in "abc":
    q.put(x)
print([q.get() for _ in range(3)])
# expect: ['c', 'b', 'a']
