# Event: wait() blocks until set(); wait(timeout) returns the flag.
import threading
e = threading.Event()
print(e.is_set(), e.wait(0.01))
t = threading.Thread(target=e.set)
t.start()
print(e.wait(5))
t.join()
e.clear()
print(e.is_set())
# expect: False False
# expect: True
# expect: False
