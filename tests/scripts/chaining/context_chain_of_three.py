# Nested handlers chain contexts one after the other.
class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


try:
    try:
        raise A
    except A:
        try:
            raise B
        except B:
            raise C
except C as c:
    chain = []
    e = c
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)  # expect: ['C', 'B', 'A']
