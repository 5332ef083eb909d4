# A relative import in the main script has no parent package.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
from . import greet
# expect error: ImportError: attempted relative import with no known parent package
