# An exception in the body reaches __exit__ and then propagates when __exit__ returns a false value.
class Watch:
    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__, exc, tb is not None)

    def __enter__(self):
        return self


try:
    with Watch():
        raise KeyError("k")
except KeyError as e:
    print("caught outside", repr(e))

# expect: exit got KeyError 'k' True
# expect: caught outside KeyError('k')
