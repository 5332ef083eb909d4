# A future that has not started can be cancelled; a running or finished one cannot.
import concurrent.futures as cf
import threading
gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    running = ex.submit(gate.wait)
    queued = ex.submit(lambda: "never")
    print(queued.cancel(), queued.cancelled(), queued.done())
    try:
        queued.result()
    except cf.CancelledError:
        print("CancelledError")
    gate.set()
    running.result()
    print(running.cancel(), running.cancelled())
# expect: True True True
# expect: CancelledError
# expect: False False
