# Iteration falls back to __getitem__ with 0, 1, 2... until IndexError.
class Letters:
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i].upper()


print(list(Letters("abc")))
for ch in Letters("xy"):
    print(ch)
a, b = Letters("pq")
print(a, b, "".join(Letters("hello")))

# expect: ['A', 'B', 'C']
# expect: X
# expect: Y
# expect: P Q HELLO
