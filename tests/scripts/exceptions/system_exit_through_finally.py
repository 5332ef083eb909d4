# sys.exit unwinds through finally blocks, which run before the interpreter exits.
import sys


def main():
    try:
        sys.exit(2)
    finally:
        print("finally ran")  # expect: finally ran


try:
    main()
except Exception:
    print("not an Exception")
# expect exit: 2
