# An uncaught SystemExit with a string prints it to stderr and exits with status 1.
raise SystemExit("fatal: config missing")
# expect error: fatal: config missing
