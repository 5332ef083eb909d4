# Uncaught: importing a module that does not exist.
import nosuchmodule_gilt
# expect error: ModuleNotFoundError: No module named 'nosuchmodule_gilt'
