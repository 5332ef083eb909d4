# OS errors carry errno, strerror and the file name, in CPython's words.
import os
try:
    os.remove("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
    print(e)
try:
    os.rmdir("missing_dir")
except OSError as e:
    print(type(e).__name__)
os.mkdir("d")
try:
    os.mkdir("d")
except FileExistsError as e:
    print(e)
# expect: 2 No such file or directory missing.txt
# expect: [Errno 2] No such file or directory: 'missing.txt'
# expect: FileNotFoundError
# expect: [Errno 17] File exists: 'd'
