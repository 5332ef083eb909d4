# as_completed yields every future once, as it finishes.
import concurrent.futures as cf
import time
def job(i):
    time.sleep(0.002 * (5 - i))
    return i
with cf.ThreadPoolExecutor(5) as ex:
    futures = [ex.submit(job, i) for i in range(5)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
# expect: [0, 1, 2, 3, 4]
