# Thread runs its target with positional and keyword arguments.
import threading
out = []
def work(a, b, scale=1):
    out.append((a + b) * scale)
t = threading.Thread(target=work, args=(2, 3), kwargs={"scale": 10})
t.start()
t.join()
print(out)
# expect: [50]
