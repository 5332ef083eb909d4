# get_nowait on an empty queue raises queue.Empty; put_nowait on a full one raises queue.Full.
import queue
q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
q.put_nowait(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    print("Full", repr(e))
# expect: Empty Empty() True
# expect: Full Full()
