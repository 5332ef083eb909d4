# A directory without __init__.py is a namespace package: no code, __file__ None, its modules importable.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import nspkg.mod
from nspkg.inner import leaf

print(nspkg.mod.WHAT, "|", leaf.WHAT)  # expect: namespace module | inner namespace module
print(nspkg.__file__, nspkg.__name__, leaf.__name__)  # expect: None nspkg nspkg.inner.leaf
lib = __file__.rsplit("/", 1)[0] + "/_lib"
print([p.replace(lib, "<lib>") for p in nspkg.__path__])  # expect: ['<lib>/nspkg']
try:
    from nspkg import nothing
except ImportError as e:
    print(e)  # expect: cannot import name 'nothing' from 'nspkg' (unknown location)
