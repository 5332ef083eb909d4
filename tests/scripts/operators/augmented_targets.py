# Augmented assignment to subscripts and attributes evaluates the target once.
calls = 0
def idx():
    global calls
    calls += 1
    return 1
a = [1, 2, 3]
a[idx()] += 10
print(a, calls)  # expect: [1, 12, 3] 1
d = {"k": 1}
d["k"] *= 5
d.setdefault("n", 0)
d["n"] -= 1
print(d)  # expect: {'k': 5, 'n': -1}
t = [[0]]
t[0][0] += 1
print(t)  # expect: [[1]]
