# A thread blocked in recv() lets the main thread run; the main thread's send wakes it.
import socket, threading
a, b = socket.socketpair()
got = []
t = threading.Thread(target=lambda: got.append(b.recv(5)))
t.start()
total = sum(range(100000))  # runs while the other thread waits in recv
a.sendall(b"ready")
t.join()
print(got, total)
# expect: [b'ready'] 4999950000
