# iter makes an iterator; next advances it, with an optional default at the end.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))  # expect: 1 2 done
s = iter("ab")
print(next(s), list(s))  # expect: a ['b']
d = iter({"k": 1, "j": 2})
print(next(d))  # expect: k
r = iter(range(3))
print(iter(r) is r, list(r))  # expect: True [0, 1, 2]
