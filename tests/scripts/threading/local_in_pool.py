# The usual use of threading.local: one resource per worker thread of a pool.
from concurrent.futures import ThreadPoolExecutor
import threading

state = threading.local()
made = []
lock = threading.Lock()


def connection():
    if not hasattr(state, 'conn'):
        with lock:
            state.conn = 'conn-%d' % len(made)
            made.append(state.conn)
    return state.conn


def task(n):
    c = connection()
    return c == connection() and c in made


with ThreadPoolExecutor(max_workers=3) as pool:
    print(all(pool.map(task, range(60))))
print(1 <= len(made) <= 3, len(set(made)) == len(made))
print(hasattr(state, 'conn'))
# expect: True
# expect: True True
# expect: False
