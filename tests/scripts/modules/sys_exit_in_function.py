# sys.exit inside nested calls still exits, running finally blocks on the way.
import sys
def inner():
    sys.exit(4)
def outer():
    try:
        inner()
    finally:
        print("cleanup")  # expect: cleanup
outer()
print("unreachable")
# expect exit: 4
