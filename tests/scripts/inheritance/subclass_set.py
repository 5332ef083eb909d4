# A set subclass with an extra method.
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags([1])
t.add_all(2, 3, 2)
print(sorted(t), len(t), 3 in t, isinstance(t, set), type(t).__name__)

# expect: [1, 2, 3] 3 True True Tags
