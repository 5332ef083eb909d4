# Opening a missing file raises FileNotFoundError with errno and filename.
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'missing.txt'
    print(e.errno, e.filename, e.strerror, isinstance(e, OSError))  # expect: 2 missing.txt No such file or directory True
try:
    open("no_such_dir/file.txt", "w")
except OSError as e:
    print(type(e).__name__, e)  # expect: FileNotFoundError [Errno 2] No such file or directory: 'no_such_dir/file.txt'
