# The main thread blocked in Queue.get() is interrupted by Ctrl-C.
import queue
q = queue.Queue()
print("ready", flush=True)
q.get()
