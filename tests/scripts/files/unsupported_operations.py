# Reading a write-only file or writing a read-only one raises io.UnsupportedOperation.
import io
with open("u.txt", "w") as f:
    for call in [f.read, f.readline, lambda: next(f)]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print("w:", e)
            # expect: w: not readable
            # expect: w: not readable
            # expect: w: not readable
with open("u.txt") as f:
    for call in [lambda: f.write("x"), lambda: f.writelines(["x"]), f.truncate]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print("r:", e)
            # expect: r: not writable
            # expect: r: not writable
            # expect: r: truncate
with open("u.bin", "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("rb:", e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
# expect error: FileNotFoundError: [Errno 2] No such file or directory: 'u.bin'
