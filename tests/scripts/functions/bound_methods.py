# Methods of built-in objects can be taken as bound methods and called later.
items = []
add = items.append
add(1)
add(2)
print(items)  # expect: [1, 2]
upper = "abc".upper
print(upper(), callable(upper))  # expect: ABC True
pop = {"a": 1, "b": 2}.pop
print(pop("a"))  # expect: 1
print(list(map(str.strip, [" a ", "b "])))  # expect: ['a', 'b']
