# Lock ping-pong: two threads hand control back and forth through two locks; time per round trip.
import threading, time
ROUNDS = 2000
ping, pong = threading.Lock(), threading.Lock()
ping.acquire(); pong.acquire()
def responder():
    for _ in range(ROUNDS):
        ping.acquire()
        pong.release()
t = threading.Thread(target=responder)
t.start()
start = time.perf_counter()
for _ in range(ROUNDS):
    ping.release()
    pong.acquire()
elapsed = time.perf_counter() - start
t.join()
print(f"round_trip_us {elapsed / ROUNDS * 1e6:.1f}")
