# If __enter__ raises, the body and __exit__ do not run.
class Broken:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with Broken():
        print("body should not run")
except RuntimeError as e:
    print("caught:", e)

# expect: caught: cannot enter
