# The main thread in time.sleep() is interrupted by Ctrl-C while another thread computes.
import threading, time
def spin():
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
print("ready", flush=True)
time.sleep(60)
