# Stress: 100 threads that raise, reported through excepthook; the interpreter carries on.
# timeout: 60
import threading
caught = []
lock = threading.Lock()
def hook(args):
    with lock:
        caught.append(type(args.exc_value).__name__)
threading.excepthook = hook
def fail(i):
    if i % 2:
        raise ValueError(i)
    raise KeyError(i)
ts = [threading.Thread(target=fail, args=(i,)) for i in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(caught), sorted(set(caught)), threading.active_count())
# expect: 100 ['KeyError', 'ValueError'] 1
