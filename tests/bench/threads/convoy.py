# The convoy effect: 1000 small blocking I/O operations over a socketpair, alone and next to one CPU-bound thread.
import socket, threading, time
N = 1000
a, b = socket.socketpair()


def io_loop():
    start = time.perf_counter()
    for _ in range(N):
        a.send(b"x")
        b.recv(1)
    return (time.perf_counter() - start) / N


io_loop()  # warm up
alone = io_loop()
stop = [False]


def spin():
    n = 0
    while not stop[0]:
        n += 1


cpu = threading.Thread(target=spin)
cpu.start()
time.sleep(0.02)  # the CPU-bound thread is running
with_cpu = io_loop()
stop[0] = True
cpu.join()
print(f"alone_us {alone * 1e6:.1f}")
print(f"with_cpu_thread_us {with_cpu * 1e6:.1f}")
print(f"slowdown {with_cpu / alone:.1f}")
