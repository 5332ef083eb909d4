# A TCP echo server in a thread and a client in the main thread, on loopback.
import socket, threading
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
def serve():
    conn, addr = srv.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data[::-1])
t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
    for word in (b"abc", b"gilt", b"socket"):
        c.sendall(word)
        print(c.recv(1024))
t.join()
srv.close()
# expect: 127.0.0.1 True
# expect: b'cba'
# expect: b'tlig'
# expect: b'tekcos'
