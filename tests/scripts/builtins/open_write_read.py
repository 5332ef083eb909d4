# open a file in the working directory, write it, and read it back.
f = open("data.txt", "w")
print(f.write("hello\n"), f.write("world\n"))  # expect: 6 6
f.close()
f = open("data.txt")
content = f.read()
f.close()
print(repr(content))  # expect: 'hello\nworld\n'
f = open("data.txt", "r")
print(f.readline(), end="")  # expect: hello
print(f.readlines())  # expect: ['world\n']
f.close()
