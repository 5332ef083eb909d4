# print to a file object and with flush.
import sys
print("to stdout", file=sys.stdout, flush=True)  # expect: to stdout
print("x", 1, file=None)  # expect: x 1
sys.stdout.write("written directly\n")  # expect: written directly
print(sys.stdout.write("abc\n"))
# expect: abc
# expect: 4
