# Without __str__, str() and print() use __repr__.
class Tag:
    def __repr__(self):
        return "<tag>"


print(Tag(), str(Tag()), f"{Tag()}")

# expect: <tag> <tag> <tag>
