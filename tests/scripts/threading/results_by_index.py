# Many threads writing results into their own slot; the list is complete after join.
import threading
N = 20
results = [None] * N
def square(i):
    results[i] = i * i
threads = [threading.Thread(target=square, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361]
