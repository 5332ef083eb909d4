# SystemExit in a thread ends that thread silently.
import threading, sys
def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print("still here", t.is_alive())
# expect: still here False
