# print accepts file=sys.stdout and flush=True.
import sys
print("to stdout", file=sys.stdout)  # expect: to stdout
print("flushed", flush=True)  # expect: flushed
print("both", file=sys.stdout, flush=True, sep="-", end=".\n")  # expect: both.
sys.stdout.write("written directly\n")  # expect: written directly
