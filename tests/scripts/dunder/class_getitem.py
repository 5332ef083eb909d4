# __class_getitem__ handles subscription of the class itself.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])

# expect: Box[int] Box[str]
