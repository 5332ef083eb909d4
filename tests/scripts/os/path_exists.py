# exists/isfile/isdir/getsize on files the test creates in its working directory.
import os
with open("data.txt", "w") as f:
    f.write("12345")
os.mkdir("sub")
print(os.path.exists("data.txt"), os.path.isfile("data.txt"), os.path.isdir("data.txt"))
print(os.path.exists("sub"), os.path.isdir("sub"), os.path.exists("nope"))
print(os.path.getsize("data.txt"), sorted(os.listdir(".")))
os.remove("data.txt")
os.rmdir("sub")
print(os.listdir("."))
# expect: True True False
# expect: True True False
# expect: 5 ['data.txt', 'sub']
# expect: []
