# __getattr__ is called only for attributes that normal lookup does not find.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self.target, name)


p = Proxy([3, 1, 2])
print(p.target)
p.append(0)
print(p.count(1), p.target)
print(hasattr(p, "nonexistent"))

# expect: [3, 1, 2]
# expect: delegating append
# expect: delegating count
# expect: 1 [3, 1, 2, 0]
# expect: delegating nonexistent
# expect: False
