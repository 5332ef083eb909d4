# Appending to a file and iterating over its lines.
f = open("log.txt", "w")
f.write("one\n")
f.close()
f = open("log.txt", "a")
f.write("two\n")
f.write("three\n")
f.close()
f = open("log.txt")
for line in f:
    print(line.rstrip())
f.close()
# expect: one
# expect: two
# expect: three
f = open("log.txt")
print(f.read().splitlines())  # expect: ['one', 'two', 'three']
f.close()
