# __iter__ written as a generator method.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, sum(t))

# expect: [1, 2, 3, 4] True 10
