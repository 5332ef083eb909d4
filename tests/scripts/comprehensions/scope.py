# A comprehension's variable does not leak into the enclosing scope.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)  # expect: outer [0, 2, 4]
y = 5
print([y + i for i in range(3)])  # expect: [5, 6, 7]
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined
