# Ctrl-C interrupts CPU-bound bytecode in the main thread while other threads run.
import threading
def spin():
    x = 0
    while True:
        x += 1
for _ in range(2):
    threading.Thread(target=spin, daemon=True).start()
print("ready", flush=True)
n = 0
while True:
    n += 1
