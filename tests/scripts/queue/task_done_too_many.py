# Calling task_done more often than put is a ValueError.
import queue
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
q.task_done()
# expect error: ValueError: task_done() called too many times
