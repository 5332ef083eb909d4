# wait() with FIRST_EXCEPTION returns as soon as a future fails.
import concurrent.futures as cf
import threading
gate = threading.Event()
def fail():
    raise RuntimeError("x")
with cf.ThreadPoolExecutor(2) as ex:
    a = ex.submit(gate.wait)
    b = ex.submit(fail)
    done, not_done = cf.wait([a, b], return_when=cf.FIRST_EXCEPTION)
    print(b in done, a in not_done)
    gate.set()
# expect: True True
