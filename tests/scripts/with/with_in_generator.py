# A with statement inside a generator exits when the generator finishes.
class M:
    def __enter__(self):
        print("enter")

    def __exit__(self, *a):
        print("exit")


def gen():
    with M():
        yield 1
        yield 2


for x in gen():
    print("got", x)

# expect: enter
# expect: got 1
# expect: got 2
# expect: exit
