# An uncaught FileNotFoundError ends the program with CPython's message.
open("does_not_exist.txt")
# expect error: FileNotFoundError: [Errno 2] No such file or directory: 'does_not_exist.txt'
