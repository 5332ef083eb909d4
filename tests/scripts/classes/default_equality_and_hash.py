# Without __eq__, instances compare and hash by identity.
class A:
    pass


a, b = A(), A()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), {a: 1}[a])
s = {a, b, a}
print(len(s), a in s)

# expect: True False True False
# expect: True 1
# expect: 2 True
