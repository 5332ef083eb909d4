# submit() returns a Future; result() waits for the value.
import concurrent.futures as cf
with cf.ThreadPoolExecutor(2) as ex:
    f = ex.submit(sum, [1, 2, 3], 10)
    print(f.result(), f.done(), f.cancelled(), f.running(), f.exception())
    g = ex.submit(divmod, 17, 5)
    print(g.result(timeout=5))
# expect: 16 True False False None
# expect: (3, 2)
