# A starred target collects the remaining items into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
a, *b = (1,)
print(a, b)  # expect: 1 []
