# SystemExit carries its code: none, an int, a string, several args; sys.exit raises it.
import sys

for args in ((), (0,), (3,), ("bye",), (1, 2)):
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
# expect: None ()
# expect: 0 (0,)
# expect: 3 (3,)
# expect: 'bye' ('bye',)
# expect: (1, 2) (1, 2)
try:
    sys.exit(7)
except SystemExit as e:
    print("sys.exit:", e.code, type(e).__name__)  # expect: sys.exit: 7 SystemExit
