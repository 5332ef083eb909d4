# An uncaught exception from __exit__ shows the body's exception first, then the exit's.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


with Faulty():
    x = 1 / 0

# expect error: RuntimeError: exit failed
