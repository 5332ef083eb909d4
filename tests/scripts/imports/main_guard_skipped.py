# An imported module's if __name__ == "__main__": block does not run.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import guarded  # expect: guarded: imported as guarded

print(guarded.double(21))  # expect: 42
if __name__ == "__main__":
    print("this script is main")  # expect: this script is main
