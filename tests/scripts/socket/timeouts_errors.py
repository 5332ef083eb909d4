# settimeout makes recv raise TimeoutError (socket.timeout); refused connections raise ConnectionRefusedError.
import socket
a, b = socket.socketpair()
print(b.gettimeout())
b.settimeout(0.02)
print(b.gettimeout())
try:
    b.recv(1)
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
port = listener.getsockname()[1]
listener.close()
try:
    socket.create_connection(("127.0.0.1", port), timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError))
try:
    a.send("text")
except TypeError as e:
    print(e)
a.close()
try:
    a.recv(1)
except OSError as e:
    print(e.errno)
# expect: None
# expect: 0.02
# expect: TimeoutError timed out True
# expect: ConnectionRefusedError 111 True
# expect: a bytes-like object is required, not 'str'
# expect: 9
