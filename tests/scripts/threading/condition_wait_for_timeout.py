# Condition.wait_for with a predicate; wait() returns False on timeout.
import threading
cond = threading.Condition()
state = {"ready": False}
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: state["ready"], timeout=0.01))
def set_ready():
    with cond:
        state["ready"] = True
        cond.notify_all()
threading.Thread(target=set_ready).start()
with cond:
    print(cond.wait_for(lambda: state["ready"], timeout=5))
# expect: False
# expect: False
# expect: True
