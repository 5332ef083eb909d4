# print(file=sys.stderr) writes to standard error.
import sys
print("to stdout")  # expect: to stdout
print("warning:", "careful", file=sys.stderr)
# expect error: warning: careful
# expect exit: 0
