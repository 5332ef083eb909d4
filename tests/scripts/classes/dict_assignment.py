# Assigning and deleting an instance's __dict__, as CPython allows it.
class C:
    pass


class L(list):
    pass


c = C()
c.a = 1
ns = {'b': 2}
c.__dict__ = ns
print(hasattr(c, 'a'), c.b, c.__dict__ is ns)
c.z = 3
print(ns)
object.__setattr__(c, '__dict__', {'q': 9})
print(vars(c))
del c.__dict__
print(vars(c))
c.again = 1
print(vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
l = L([1, 2])
l.__dict__ = {'tag': 'x'}
print(l, l.tag)
try:
    object().__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
# expect: False 2 True
# expect: {'b': 2, 'z': 3}
# expect: {'q': 9}
# expect: {}
# expect: {'again': 1}
# expect: TypeError: __dict__ must be set to a dictionary, not a 'int'
# expect: [1, 2] x
# expect: AttributeError: 'object' object has no attribute '__dict__'
