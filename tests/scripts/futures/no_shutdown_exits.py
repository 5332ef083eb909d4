# An executor that is never shut down does not keep the interpreter alive.
# timeout: 10
import concurrent.futures as cf
ex = cf.ThreadPoolExecutor(2)
print(ex.submit(max, 3, 9).result())
# expect: 9
