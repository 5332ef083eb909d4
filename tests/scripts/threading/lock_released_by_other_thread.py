# A Lock may be released by a thread other than the one that acquired it.
import threading
lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked())
# expect: False
