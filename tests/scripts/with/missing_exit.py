# An object with __enter__ but no __exit__ is not a context manager.
class HalfManager:
    def __enter__(self):
        print("enter should not run")


try:
    with HalfManager():
        pass
except TypeError as e:
    print(e)

# expect: 'HalfManager' object does not support the context manager protocol (missed __exit__ method)
