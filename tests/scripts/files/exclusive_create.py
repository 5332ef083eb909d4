# Mode 'x' creates a new file and refuses an existing one.
with open("new.txt", "x") as f:
    f.write("created")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)  # expect: FileExistsError 17 [Errno 17] File exists: 'new.txt'
print(open("new.txt").read())  # expect: created
