# join() before start and join() of the current thread are RuntimeErrors.
import threading
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
# expect: cannot join thread before it is started
# expect: cannot join current thread
