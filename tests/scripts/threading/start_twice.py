# A thread can only be started once.
import threading
t = threading.Thread(target=lambda: None)
t.start()
t.join()
t.start()
# expect error: RuntimeError: threads can only be started once
