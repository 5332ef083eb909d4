# Every running thread has its own ident; _thread.get_ident agrees with threading's.
import threading, _thread
idents = set()
lock = threading.Lock()
barrier = threading.Barrier(5)
def record():
    barrier.wait()
    with lock:
        idents.add(threading.get_ident())
ts = [threading.Thread(target=record) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(idents), threading.get_ident() == _thread.get_ident())
# expect: 5 True
