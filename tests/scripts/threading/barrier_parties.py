# Barrier: every party gets a distinct index; the action runs once per round.
import threading
rounds = []
b = threading.Barrier(3, action=lambda: rounds.append("round"))
indices = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), rounds, b.parties, b.n_waiting, b.broken)
# expect: [0, 0, 1, 1, 2, 2] ['round', 'round'] 3 0 False
