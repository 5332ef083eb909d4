# Reading a file larger than the read buffer, line by line.
with open("big.txt", "w") as f:
    f.write("x" * 100000 + "\n")
    for i in range(20000):
        f.write(f"line {i}\r\n")
with open("big.txt") as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), lines[1], lines[-1], end="")
# expect: 20001 100001 line 0
# expect:  line 19999
with open("big.txt", newline="") as f:
    s = f.read()
print(len(s), s.count("\r\n"))  # expect: 328891 20000
