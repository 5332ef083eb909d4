# A relative import that climbs above the top-level package is an ImportError.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
try:
    import relpkg.inner.too_far
except ImportError as e:
    print(type(e).__name__, e)  # expect: ImportError attempted relative import beyond top-level package
