# wait() and notify() without holding the lock are RuntimeErrors.
import threading
c = threading.Condition()
for op in (c.wait, c.notify):
    try:
        op()
    except RuntimeError as e:
        print(e)
# expect: cannot wait on un-acquired lock
# expect: cannot notify on un-acquired lock
