# reversed works on sequences and on objects with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))), list(reversed(b"ab")))  # expect: [3, 2, 1] [2, 1, 0] ['c', 'b', 'a'] [2, 1] [98, 97]
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
        # expect: 'int' object is not reversible
        # expect: 'set' object is not reversible
        # expect: 'generator' object is not reversible
