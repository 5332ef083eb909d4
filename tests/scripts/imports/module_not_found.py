# Importing a module that exists nowhere on sys.path is a ModuleNotFoundError.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, "|", e.name, isinstance(e, ImportError))  # expect: No module named 'no_such_module_here' | no_such_module_here True
import no_such_module_here
# expect error: ModuleNotFoundError: No module named 'no_such_module_here'
