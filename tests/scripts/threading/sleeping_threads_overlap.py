# seeds: sleeping threads overlap, so ten 0.05 s sleeps take far less than 0.5 s.
import threading, time
start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.05,)) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(time.monotonic() - start < 0.4)
# expect: True
