# An uncaught exception exits with status 1 even after other output.
print("working")  # expect: working
raise KeyError("k")
# expect exit: 1
# expect error: KeyError: 'k'
