# zip stops at the shortest input; a generator listed first loses the one extra item zip pulled.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


g = numbers()
print(list(zip(g, "ab")))  # expect: [(0, 'a'), (1, 'b')]
print(next(g))  # expect: 3
h = numbers()
print(list(zip("ab", h)), next(h))  # expect: [('a', 0), ('b', 1)] 2
