# makedirs creates missing parents; exist_ok controls the error for an existing leaf.
import os
os.makedirs("a/b/c")
print(os.path.isdir("a/b/c"))
os.makedirs("a/b/c", exist_ok=True)
try:
    os.makedirs("a/b/c")
except FileExistsError:
    print("exists")
# expect: True
# expect: exists
