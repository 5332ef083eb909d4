# threading.local: each thread sees its own attributes; the creator's stay put.
import threading

data = threading.local()
data.x = 'main'
seen = {}


def worker(n):
    seen[n] = hasattr(data, 'x')
    data.x = n
    data.items = [n] * n
    seen[n] = (seen[n], data.x, data.items, sorted(vars(data)))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(seen):
    print(n, seen[n])
print(data.x, vars(data), data.__dict__ is vars(data))
try:
    data.items
except AttributeError as e:
    print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'), vars(data))
try:
    del data.x
except AttributeError as e:
    print('AttributeError:', e)
print(type(data), isinstance(data, threading.local))
# expect: 1 (False, 1, [1], ['items', 'x'])
# expect: 2 (False, 2, [2, 2], ['items', 'x'])
# expect: 3 (False, 3, [3, 3, 3], ['items', 'x'])
# expect: 4 (False, 4, [4, 4, 4, 4], ['items', 'x'])
# expect: main {'x': 'main'} True
# expect: AttributeError: '_thread._local' object has no attribute 'items'
# expect: False {}
# expect: AttributeError: '_thread._local' object has no attribute 'x'
# expect: <class '_thread._local'> True
