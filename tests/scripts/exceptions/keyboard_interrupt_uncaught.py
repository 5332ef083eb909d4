# An uncaught KeyboardInterrupt prints a traceback ending in the bare class name, then the
# process ends by SIGINT, as CPython's does (the shell sees status 130).
raise KeyboardInterrupt
# expect error: KeyboardInterrupt
# expect exit: 130
