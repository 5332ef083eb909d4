# An uncaught UnsupportedOperation is reported with its module.
with open("r.txt", "w") as f:
    f.read()
# expect error: io.UnsupportedOperation: not readable
