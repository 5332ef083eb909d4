# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("héllo\n")  # expect: héllo
print(n)  # expect: 6
sys.stdout.writelines(["a\n", "b\n"])
# expect: a
# expect: b
sys.stdout.flush()
