# A subclass overriding __eq__ alone loses the inherited __hash__.
class Base:
    def __hash__(self):
        return 1


class Sub(Base):
    def __eq__(self, other):
        return False


print(hash(Base()), Sub.__hash__ is None)
try:
    hash(Sub())
except TypeError as e:
    print(e)

# expect: 1 True
# expect: unhashable type: 'Sub'
