# as_completed raises TimeoutError when futures are still pending after the timeout.
import concurrent.futures as cf
import threading
gate = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(gate.wait), ex.submit(lambda: 1)]
    got = []
    try:
        for f in cf.as_completed(fs, timeout=0.05):
            got.append(f.result())
    except cf.TimeoutError as e:
        print("timeout:", e, got)
    gate.set()
# expect: timeout: 1 (of 2) futures unfinished [1]
