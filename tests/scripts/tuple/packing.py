# A comma-separated expression creates a tuple without parentheses.
t = 1, 2, 3
print(t)  # expect: (1, 2, 3)
u = "single",
print(u, len(u))  # expect: ('single',) 1
def pair():
    return 1, "a"
print(pair(), type(pair()))  # expect: (1, 'a') <class 'tuple'>
