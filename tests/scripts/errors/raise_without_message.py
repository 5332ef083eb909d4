# Uncaught: an exception without arguments prints just its type name.
raise RuntimeError
# expect error: RuntimeError
