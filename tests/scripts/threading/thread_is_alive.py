# is_alive() is False before start and after join, True while the thread runs.
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
print(t.is_alive())
t.start()
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
# expect: False
# expect: True
# expect: False
