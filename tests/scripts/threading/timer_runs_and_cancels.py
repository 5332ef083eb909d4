# Timer calls its function after the interval, unless cancelled first.
import threading
out = []
t = threading.Timer(0.01, out.append, args=["fired"])
t.start()
t.join()
c = threading.Timer(5, out.append, args=["never"])
c.start()
c.cancel()
c.join()
print(out)
# expect: ['fired']
