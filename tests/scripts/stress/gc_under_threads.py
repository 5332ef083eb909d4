# Stress: threads allocate and drop containers while the collector runs; results stay intact.
# timeout: 120
import threading
results = [None] * 8
def churn(k):
    keep = []
    for i in range(3000):
        d = {"k": k, "i": i, "items": [i] * 5, "s": str(i) * 3}
        if i % 100 == 0:
            keep.append(d)
        cycle = [d]
        cycle.append(cycle)
    results[k] = sum(x["i"] for x in keep)
ts = [threading.Thread(target=churn, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
# expect: [43500, 43500, 43500, 43500, 43500, 43500, 43500, 43500]
