# threading.excepthook can be replaced; it receives type, value, traceback and thread.
import threading
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
def fail():
    raise KeyError("k")
t = threading.Thread(target=fail, name="bad")
t.start()
t.join()
print(seen)
print(threading.__excepthook__ is not hook)
# expect: [('KeyError', "'k'", 'bad', True)]
# expect: True
