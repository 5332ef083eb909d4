# Each level of a three-level hierarchy extends its parent's method.
class Base:
    def parts(self):
        return ["base"]


class Middle(Base):
    def parts(self):
        return super().parts() + ["middle"]


class Leaf(Middle):
    def parts(self):
        return super().parts() + ["leaf"]


print(Leaf().parts(), Middle().parts())

# expect: ['base', 'middle', 'leaf'] ['base', 'middle']
