# daemon defaults to the creator's flag; it cannot change once the thread started.
import threading
t = threading.Thread(target=lambda: None)
print(t.daemon, threading.Thread(target=None, daemon=True).daemon)
def inner():
    print(threading.Thread(target=None).daemon)
d = threading.Thread(target=inner, daemon=True)
d.start()
d.join()
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print(e)
t.join()
# expect: False True
# expect: True
# expect: cannot set daemon status of active thread
