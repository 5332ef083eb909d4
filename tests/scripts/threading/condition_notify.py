# A consumer waits on a Condition until the producer notifies it.
import threading
cond = threading.Condition()
items = []
results = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        results.append(items.pop(0))
t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("payload")
    cond.notify()
t.join()
print(results)
# expect: ['payload']
