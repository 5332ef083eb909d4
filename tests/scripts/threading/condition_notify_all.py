# notify_all wakes every waiter; notify(n) wakes n of them.
import threading
cond = threading.Condition()
woken = []
go = {"n": 0}
def waiter(i):
    with cond:
        while go["n"] <= 0:
            cond.wait()
        go["n"] -= 1
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
import time
while True:
    with cond:
        if len(cond._waiters) == 5:
            break
    time.sleep(0.001)
with cond:
    go["n"] = 2
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
    time.sleep(0.001)
with cond:
    go["n"] = 3
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken), len(woken))
# expect: [0, 1, 2, 3, 4] 5
