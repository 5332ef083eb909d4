# A thread's name can be read and changed, also while it runs.
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="first")
t.name = "second"
print(t.name)
t.start()
t.name = "third"
print(t.name)
ev.set()
t.join()
# expect: second
# expect: third
