# Importing a name a module does not define raises ImportError naming both.
try:
    from math import nosuchname
except ImportError as e:
    # The message ends with the module's location, which depends on the installation.
    print(type(e).__name__)  # expect: ImportError
    print(str(e).startswith("cannot import name 'nosuchname' from 'math'"))  # expect: True
