# The seeds' claim: a switch can land in the middle of x = x + 1, so unprotected threads lose updates.
# skip python: CPython 3.11 only switches at a few opcodes (backward jumps, calls), so it loses none here
import sys, threading
sys.setswitchinterval(1e-6)
x = 0
def inc():
    global x
    for _ in range(200_000):
        x = x + 1
ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(x < 400_000)  # expect: True
