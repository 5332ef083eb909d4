# Assigning to a slice with a step needs exactly as many elements.
a = list(range(6))
a[::2] = ["a", "b", "c"]
print(a)  # expect: ['a', 1, 'b', 3, 'c', 5]
a[::-2] = [50, 30, 10]
print(a)  # expect: ['a', 10, 'b', 30, 'c', 50]
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 2 to extended slice of size 3
