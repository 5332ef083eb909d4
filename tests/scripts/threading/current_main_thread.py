# current_thread() and main_thread() from the main thread and from a worker.
import threading
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
out = []
def inner():
    out.append(threading.current_thread().name)
    out.append(threading.current_thread() is threading.main_thread())
t = threading.Thread(target=inner, name="inner")
t.start()
t.join()
print(out)
print(type(threading.main_thread()).__name__)
# expect: MainThread MainThread
# expect: True
# expect: ['inner', False]
# expect: _MainThread
