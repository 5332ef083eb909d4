# join() returns once every item has been marked done by the workers.
import queue, threading
q = queue.Queue()
done = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            done.append(item * 2)
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print(sorted(done) == [i * 2 for i in range(30)], q.unfinished_tasks)
for w in workers:
    q.put(None)
for w in workers:
    w.join()
# expect: True 0
