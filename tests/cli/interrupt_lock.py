# The main thread blocked in Lock.acquire() is interrupted by Ctrl-C.
import threading
lock = threading.Lock()
lock.acquire()
print("ready", flush=True)
lock.acquire()
