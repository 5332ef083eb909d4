# getpid, getppid and cpu_count give positive integers.
import os
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1, os.name, os.sep)
# expect: True True True
# expect: True posix /
