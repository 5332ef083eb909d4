# RLock can be taken again by its owner; other threads wait until fully released.
import threading
r = threading.RLock()
with r:
    with r:
        print(r._is_owned())
    print(r._is_owned())
print(r._is_owned())
got = []
r.acquire()
r.acquire()
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.01)))
t.start()
t.join()
r.release()
r.release()
t = threading.Thread(target=lambda: (got.append(r.acquire(timeout=1)), r.release()))
t.start()
t.join()
print(got, type(r).__name__)
# expect: True
# expect: True
# expect: False
# expect: [False, True] RLock
