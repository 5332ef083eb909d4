# wait() with FIRST_COMPLETED and ALL_COMPLETED.
import concurrent.futures as cf
import threading
gate = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    slow = ex.submit(gate.wait)
    fast = ex.submit(lambda: "fast")
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    gate.set()
    done, not_done = cf.wait([slow, fast])
    print(len(done), len(not_done))
    r = cf.wait([slow], timeout=1)
    print(len(r.done), len(r.not_done))
# expect: True True
# expect: 2 0
# expect: 1 0
