# All six rich comparisons defined by hand, used by sort, min, max and chained comparisons.
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def _key(self):
        return Card.order.index(self.rank)

    def __eq__(self, o): return self._key() == o._key()
    def __ne__(self, o): return self._key() != o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __repr__(self): return self.rank
    __hash__ = None


hand = [Card(r) for r in "K3A9T"]
print(sorted(hand), min(hand), max(hand))
print(Card("2") < Card("3") <= Card("3") < Card("A"), Card("K") >= Card("A"), Card("5") != Card("5"))

# expect: [3, 9, T, K, A] 3 A
# expect: True False False
