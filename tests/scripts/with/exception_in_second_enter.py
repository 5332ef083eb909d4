# When the second manager's __enter__ fails, the first manager still exits.
class Good:
    def __enter__(self):
        print("enter good")

    def __exit__(self, exc_type, exc, tb):
        print("exit good", exc_type.__name__)


class Bad:
    def __enter__(self):
        raise ValueError("bad enter")

    def __exit__(self, *a):
        print("exit bad")


try:
    with Good(), Bad():
        print("body")
except ValueError as e:
    print("caught:", e)

# expect: enter good
# expect: exit good ValueError
# expect: caught: bad enter
