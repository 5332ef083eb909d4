# Releasing an unlocked Lock is a RuntimeError.
import threading
threading.Lock().release()
# expect error: RuntimeError: release unlocked lock
