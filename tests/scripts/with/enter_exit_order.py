# __enter__ runs before the body and __exit__ after it, with three None arguments.
class Managed:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type, exc, tb)
        return False


with Managed():
    print("body")
print("after")

# expect: enter
# expect: body
# expect: exit None None None
# expect: after
