# A with statement on a closed file fails on entry.
f = open("c.txt", "w")
f.close()
try:
    with f:
        pass
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
