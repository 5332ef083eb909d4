# Subclassing Thread and overriding run(); super().__init__ with a name.
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
w = Worker(100)
w.start()
w.join()
print(w.name, w.result)
# expect: worker-100 4950
