# A bounded buffer with two conditions: producers and consumers pass 100 items in order.
import threading
buf, cap = [], 3
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
received = []
def producer():
    for i in range(100):
        with not_full:
            while len(buf) >= cap:
                not_full.wait()
            buf.append(i)
            not_empty.notify()
def consumer():
    for _ in range(100):
        with not_empty:
            while not buf:
                not_empty.wait()
            received.append(buf.pop(0))
            not_full.notify()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(received == list(range(100)), len(received))
# expect: True 100
