# read(n) reads n characters; read() the rest; at the end it returns ''.
with open("data.txt", "w") as f:
    f.write("abcdefghij")
with open("data.txt") as f:
    print(repr(f.read(3)), repr(f.read(0)), repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.read(5)))  # expect: 'abc' '' 'defg' 'hij' '' ''
