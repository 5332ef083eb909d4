# Methods of bytearray return bytearrays.
ba = bytearray(b"Hello World")
print(ba.upper(), ba.split(), ba.replace(b"l", b"L"), ba[1:4], ba.strip(b"Hd"), ba.partition(b" "))  # expect: bytearray(b'HELLO WORLD') [bytearray(b'Hello'), bytearray(b'World')] bytearray(b'HeLLo WorLd') bytearray(b'ell') bytearray(b'ello Worl') (bytearray(b'Hello'), bytearray(b' '), bytearray(b'World'))
print(type(ba.lower()).__name__, type(ba + b"!").__name__, type(b"!" + ba).__name__, type(ba.hex()).__name__)  # expect: bytearray bytearray bytes str
