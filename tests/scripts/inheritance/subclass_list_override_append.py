# A list subclass overriding append calls the list method through super().
class LoggingList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __getitem__(self, i):
        return "item " + str(super().__getitem__(i))


l = LoggingList()
l.append(1)
l.append(2)
print(l, l[1], len(l))

# expect: append 1
# expect: append 2
# expect: [1, 2] item 2 2
