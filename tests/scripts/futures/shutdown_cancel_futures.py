# shutdown(cancel_futures=True) cancels work that has not started.
import concurrent.futures as cf
import threading
gate = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
rest = [ex.submit(lambda: 1) for _ in range(3)]
threading.Timer(0.02, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])
# expect: True [True, True, True]
