# Tuple creation, including the empty and one-element forms.
t = (1, 2, 3)
print(t, t[0], len(t))  # expect: (1, 2, 3) 1 3
print((), (1,), (1))  # expect: () (1,) 1
print(type(()), type((1,)), type((1)))  # expect: <class 'tuple'> <class 'tuple'> <class 'int'>
print(tuple("ab"), tuple([1, 2]), tuple())  # expect: ('a', 'b') (1, 2) ()
