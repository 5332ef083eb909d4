# A subclass of threading.local: __init__ runs again in every thread that touches the
# object, with the constructor's arguments; methods, properties and class attributes work.
import threading


class Counter(threading.local):
    created = 0
    kind = 'counter'

    def __init__(self, start, step=1):
        Counter.created += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10, step=5)
print(c.value, c.bump(), c.doubled, c.kind, Counter.created)
results = []


def worker():
    results.append((c.value, c.bump(), c.bump(), c.doubled))


for _ in range(3):
    t = threading.Thread(target=worker)
    t.start()
    t.join()
print(results, Counter.created)
print(c.value, c.doubled)
c.kind = 'mine'
print(c.kind, Counter.kind)
try:
    c.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    c.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    threading.local(1, 2)
except TypeError as e:
    print('TypeError:', e)


class Plain(threading.local):
    pass


try:
    Plain(x=1)
except TypeError as e:
    print('TypeError:', e)
# expect: 10 15 30 counter 1
# expect: [(10, 15, 20, 40), (10, 15, 20, 40), (10, 15, 20, 40)] 4
# expect: 15 30
# expect: mine counter
# expect: AttributeError: 'Counter' object has no attribute 'missing'
# expect: AttributeError: 'Counter' object attribute '__dict__' is read-only
# expect: TypeError: Initialization arguments are not supported
# expect: TypeError: Initialization arguments are not supported
