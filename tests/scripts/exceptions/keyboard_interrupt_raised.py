# KeyboardInterrupt raised by a script: not caught by except Exception, caught by its own name.
def work():
    raise KeyboardInterrupt


try:
    try:
        work()
    except Exception:
        print("wrong")
except KeyboardInterrupt as k:
    print("interrupted", repr(k))  # expect: interrupted KeyboardInterrupt()
