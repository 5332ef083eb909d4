# len() calls __len__.
class Deck:
    def __init__(self):
        self.cards = list(range(52))

    def __len__(self):
        return len(self.cards)


d = Deck()
print(len(d))
d.cards.pop()
print(len(d))

# expect: 52
# expect: 51
