# A return value ends iteration but the for loop, list() and sum() never see it.
def gen():
    yield 1
    yield 2
    return 99


print(sum(gen()), list(gen()))  # expect: 3 [1, 2]
for v in gen():
    last = v
print(last)  # expect: 2
