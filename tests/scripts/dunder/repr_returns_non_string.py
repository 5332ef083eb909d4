# __repr__ must return a str.
class Bad:
    def __repr__(self):
        return 42


repr(Bad())

# expect error: TypeError: __repr__ returned non-string (type int)
