# sys.exit() and sys.exit(0) end the program successfully.
import sys
print("done")  # expect: done
sys.exit()
print("not printed")
