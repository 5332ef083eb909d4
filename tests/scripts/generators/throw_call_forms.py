# throw(type), throw(type, value), throw(type, args tuple), throw(type, instance) and throw(instance) all raise at the yield.
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(KeyError)  # expect: KeyError ()
g.throw(KeyError, "v")  # expect: KeyError ('v',)
g.throw(KeyError, ("a", "b"))  # expect: KeyError ('a', 'b')
g.throw(KeyError, KeyError("inst"))  # expect: KeyError ('inst',)
g.throw(IndexError("direct"))  # expect: IndexError ('direct',)
