# After shutdown(), submit() is a RuntimeError.
import concurrent.futures as cf
ex = cf.ThreadPoolExecutor(1)
print(ex.submit(len, "abc").result())
ex.shutdown()
ex.submit(len, "x")
# expect: 3
# expect error: RuntimeError: cannot schedule new futures after shutdown
