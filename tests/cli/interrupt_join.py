# The main thread blocked in Thread.join() is interrupted by Ctrl-C.
import threading
forever = threading.Event()
t = threading.Thread(target=forever.wait, daemon=True)
t.start()
print("ready", flush=True)
t.join()
