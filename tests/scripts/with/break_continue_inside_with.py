# break and continue inside a with body in a loop run __exit__ each time.
class M:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        return self.i

    def __exit__(self, *a):
        print("exit", self.i)


for i in range(5):
    with M(i) as v:
        if v == 1:
            continue
        if v == 3:
            break
        print("body", v)

# expect: body 0
# expect: exit 0
# expect: exit 1
# expect: body 2
# expect: exit 2
# expect: exit 3
