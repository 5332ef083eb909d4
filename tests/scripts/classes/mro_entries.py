# A non-class base with __mro_entries__ is replaced by what it returns; __orig_bases__ keeps the original.
class Base:
    def hello(self): return "hello from Base"
class Stand:
    def __mro_entries__(self, bases):
        print("asked with", len(bases), "bases")
        return (Base,)
stand = Stand()
class C(stand):
    pass
print(C().hello(), C.__bases__, C.__orig_bases__[0] is stand)
class D(Base):
    pass
print("__orig_bases__" in D.__dict__)
class Bad:
    def __mro_entries__(self, bases): return [Base]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(e)
# expect: asked with 1 bases
# expect: hello from Base (<class '__main__.Base'>,) True
# expect: False
# expect: __mro_entries__ must return a tuple
