# *args collects extra positional arguments into a tuple.
def total(*args):
    print(type(args), args)
    return sum(args)
print(total(1, 2, 3))
# expect: <class 'tuple'> (1, 2, 3)
# expect: 6
print(total())
# expect: <class 'tuple'> ()
# expect: 0
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest("a", "b", "c"))  # expect: ('a', ('b', 'c'))
