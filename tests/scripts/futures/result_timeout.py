# result(timeout) raises TimeoutError (the built-in one) while the call runs.
import concurrent.futures as cf
import threading
gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    gate.set()
    print(f.result())
# expect: TimeoutError True
# expect: True
