# socketpair: bytes sent on one end arrive on the other; recv returns b'' after close.
import socket
a, b = socket.socketpair()
a.sendall(b"hello ")
a.send(b"world")
data = b""
while len(data) < 11:
    data += b.recv(64)
print(data)
a.close()
print(b.recv(10))
b.close()
# expect: b'hello world'
# expect: b''
