# The interpreter waits for non-daemon threads at exit; their output comes last.
import threading, time
def late():
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=late).start()
print("main done")
# expect: main done
# expect: worker done
