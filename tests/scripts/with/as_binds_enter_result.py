# `as` binds what __enter__ returns, not the manager itself.
class Opener:
    def __enter__(self):
        return "resource"

    def __exit__(self, *args):
        pass


m = Opener()
with m as r:
    print(r, r is m)

# expect: resource False
