# Data written through an unclosed file object is visible when the file is opened again.
open("quick.txt", "w").write("quick write\n")
print(open("quick.txt").read(), end="")  # expect: quick write
f = open("kept.txt", "w")
f.write("pending")
print(repr(open("kept.txt").read()))  # expect: ''
f.close()
