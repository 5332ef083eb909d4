# Daemon threads do not keep the interpreter alive at exit.
# timeout: 5
import threading, time
def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()
print("exiting")
# expect: exiting
