# add_done_callback runs after completion, or at once for a finished future.
import concurrent.futures as cf
seen = []
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: 42)
    f.result()
    f.add_done_callback(lambda fut: seen.append(("late", fut.result())))
    g = cf.Future()
    g.add_done_callback(lambda fut: seen.append(("early", fut.result())))
    g.set_result(7)
print(seen)
# expect: [('late', 42), ('early', 7)]
