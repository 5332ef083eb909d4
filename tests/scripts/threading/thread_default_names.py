# Default thread names: Thread-N, with the target's name in parentheses.
import threading
def job():
    pass
a = threading.Thread(target=job)
b = threading.Thread()
c = threading.Thread(target=lambda: None)
print(a.name.split("-")[0], a.name.endswith("(job)"), b.name.startswith("Thread-"), "(<lambda>)" in c.name)
n1 = int(a.name.split("-")[1].split()[0])
n2 = int(b.name.split("-")[1])
print(n2 - n1)
# expect: Thread True True True
# expect: 1
