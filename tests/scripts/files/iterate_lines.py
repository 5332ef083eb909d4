# Iterating over a file yields its lines.
with open("log.txt", "w") as f:
    for i in range(4):
        f.write(f"entry {i}\n")
with open("log.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
        # expect: 1 entry 0
        # expect: 2 entry 1
        # expect: 3 entry 2
        # expect: 4 entry 3
with open("log.txt") as f:
    print(next(f), end="")  # expect: entry 0
    print(f.readline(), end="")  # expect: entry 1
    print([line.strip() for line in f])  # expect: ['entry 2', 'entry 3']
