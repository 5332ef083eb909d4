# repr() of a thread before start, and after it stopped.
import threading
t = threading.Thread(target=lambda: None, name="T")
print(repr(t))
t.start()
t.join()
r = repr(t)
print(r.startswith("<Thread(T, stopped "), r.endswith(")>"))
d = threading.Thread(target=lambda: None, name="D", daemon=True)
print(repr(d))
# expect: <Thread(T, initial)>
# expect: True True
# expect: <Thread(D, initial daemon)>
