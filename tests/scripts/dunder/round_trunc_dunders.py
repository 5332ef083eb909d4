# round() calls __round__ with or without ndigits.
class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)


print(round(R()), round(R(), 2))

# expect: ('rounded', None) ('rounded', 2)
