# Uncaught: opening a file that does not exist for reading.
open("does_not_exist.txt")
# expect error: FileNotFoundError: [Errno 2] No such file or directory: 'does_not_exist.txt'
