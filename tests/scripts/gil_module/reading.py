# gil.reading() is one sentence about the stats: what the threads did, the contention and the parallelism.
# skip python: gil is gilt's own module
import time
import threading

import gil

gil.reset_stats()
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = gil.reading()
print(text.startswith("3 threads slept"))  # expect: True
print("of the time; parallelism " in text, text.endswith("\n"))  # expect: True True
