# repr of semaphores and events shows their value and state.
import threading
s = threading.Semaphore(3)
print(repr(s).split(" at ")[0], repr(s).split(": ")[1])
b = threading.BoundedSemaphore(2)
b.acquire()
print(repr(b).split(": ")[1])
e = threading.Event()
print(repr(e).split(": ")[1])
e.set()
print(repr(e).split(": ")[1])
# expect: <threading.Semaphore value=3>
# expect: value=1/2>
# expect: unset>
# expect: set>
