# sys.stdout.write writes text without adding a newline and returns the count.
import sys
n = sys.stdout.write("abc")
sys.stdout.write("def\n")
print(n)
# expect: abcdef
# expect: 3
