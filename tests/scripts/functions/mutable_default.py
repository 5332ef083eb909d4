# A default value is created once, so a mutable default is shared between calls.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))  # expect: [1]
print(append_to(2))  # expect: [1, 2]
print(append_to(3, []))  # expect: [3]
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))  # expect: [1] [2]
