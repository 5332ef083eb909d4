# An exception in the submitted call is stored and re-raised by result().
import concurrent.futures as cf
def fail(x):
    raise ValueError(f"bad {x}")
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail, 7)
    e = f.exception()
    print(type(e).__name__, e)
    try:
        f.result()
    except ValueError as err:
        print("caught", err)
# expect: ValueError bad 7
# expect: caught bad 7
