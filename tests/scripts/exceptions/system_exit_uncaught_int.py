# An uncaught SystemExit with an int code exits with that status and prints nothing.
print("before")  # expect: before
raise SystemExit(4)
# expect exit: 4
