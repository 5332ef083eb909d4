# Releasing an RLock the thread does not own is a RuntimeError.
import threading
r = threading.RLock()
r.release()
# expect error: RuntimeError: cannot release un-acquired lock
