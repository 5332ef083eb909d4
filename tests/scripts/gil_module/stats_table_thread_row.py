# gil.stats_table() has a row for each thread, by name, and the overall lines.
# skip python: gil is gilt's own module
import threading

import gil

gil.reset_stats()
t = threading.Thread(target=sum, args=(range(1000),), name="worker-A")
t.start()
t.join()
table = gil.stats_table()
rows = [line.split()[0] for line in table.splitlines()[3:] if line]
print(rows[:2])  # expect: ['MainThread', 'worker-A']
print(table.startswith("GIL statistics over "))  # expect: True
print([line.split()[0] for line in table.splitlines() if line.startswith(("GIL held", "contended", "parallelism"))])  # expect: ['GIL', 'contended', 'parallelism']
