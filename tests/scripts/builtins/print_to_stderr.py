# print(file=sys.stderr) writes to stderr, not stdout.
import sys
print("to stdout")  # expect: to stdout
print("first error line", file=sys.stderr)
print("last error line", file=sys.stderr)
sys.exit(1)
# expect error: last error line
