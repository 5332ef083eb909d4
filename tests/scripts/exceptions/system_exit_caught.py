# SystemExit from sys.exit can be caught like any exception.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)  # expect: exit code 3
try:
    sys.exit("message")
except SystemExit as e:
    print(e.code)  # expect: message
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))  # expect: False True
