# The seeds' claim: a switch can land in the middle of x = x + 1, so unprotected threads lose updates.
# skip python: CPython 3.11 only switches at a few opcodes (backward jumps, calls), so it rarely loses any here
import sys, threading
sys.setswitchinterval(1e-6)
x = 0
start = threading.Barrier(2)
def inc():
    global x
    start.wait()  # both threads run their loops at the same time
    for _ in range(1_000_000):
        x = x + 1
ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(x < 2_000_000)  # expect: True
