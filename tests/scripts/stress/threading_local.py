# Stress: 8 threads hammer one threading.local while the GIL switches every 10 us; nobody
# ever sees another thread's value, and every thread's __init__ ran exactly once.
import sys
import threading

sys.setswitchinterval(1e-5)


class Slot(threading.local):
    inits = 0

    def __init__(self):
        Slot.inits += 1
        self.mine = None
        self.count = 0


slot = Slot()
errors = []
barrier = threading.Barrier(8)


def worker(n):
    barrier.wait()
    for i in range(2000):
        slot.mine = (n, i)
        slot.count += 1
        if slot.mine != (n, i):
            errors.append((n, i, slot.mine))
    if slot.count != 2000:
        errors.append((n, 'count', slot.count))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors:', errors[:3])
print('inits:', Slot.inits, 'main count:', slot.count, 'main mine:', slot.mine)
# expect: errors: []
# expect: inits: 9 main count: 0 main mine: None
