# The initializer runs once in each worker before any work.
import concurrent.futures as cf
import threading
inits = []
def init(tag):
    inits.append(tag)
with cf.ThreadPoolExecutor(1, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(lambda: list(inits)).result())
# expect: ['ready']
