# Common bytes methods mirror str methods.
b = b"a,b,c"
print(b.split(b","), b",".join([b"x", b"y"]))  # expect: [b'a', b'b', b'c'] b'x,y'
print(b.replace(b",", b";"), b.upper(), b.find(b"b"), b.count(b","))  # expect: b'a;b;c' b'A,B,C' 2 2
print(b.startswith(b"a,"), b"  x ".strip(), b"ff\x00".hex())  # expect: True b'x' 666600
print(bytes.fromhex("48 69"))  # expect: b'Hi'
