# __subclasses__() lists the direct subclasses in definition order.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()], D.__subclasses__())

# expect: ['B', 'C'] ['D'] []
