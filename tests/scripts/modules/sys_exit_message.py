# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("working")  # expect: working
sys.exit("fatal: something went wrong")
# expect error: fatal: something went wrong
