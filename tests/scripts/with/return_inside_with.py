# return inside a with body runs __exit__ before the function returns.
class M:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit")


def f():
    with M():
        return "value"
    print("unreachable")


print(f())

# expect: exit
# expect: value
