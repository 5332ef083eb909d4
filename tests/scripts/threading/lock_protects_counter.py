# With a Lock around the update, concurrent increments lose nothing.
import threading, sys
sys.setswitchinterval(1e-5)
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter = counter + 1
threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
# expect: 80000
