# reversed() uses __reversed__, or __len__ with __getitem__.
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


class Custom:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Seq())), list(reversed(Custom())))

# expect: [20, 10, 0] ['c', 'b', 'a']
