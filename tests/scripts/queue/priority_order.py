# PriorityQueue returns the smallest item first; ties broken by the next tuple field.
import queue
q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e")]:
    q.put(item)
print([q.get() for _ in range(5)])
# expect: [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c'), (5, 'e')]
