# Worker threads are named after the prefix, numbered from 0.
import concurrent.futures as cf
import threading
with cf.ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
# expect: pool_0
