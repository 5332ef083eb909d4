# print's sep and end keyword arguments.
print(1, 2, 3, sep=", ")  # expect: 1, 2, 3
print("a", "b", sep="")  # expect: ab
print("no newline", end="")
print(" continued")  # expect: no newline continued
print("x", "y", sep="\n")
# expect: x
# expect: y
print("multi", end="!\n")  # expect: multi!
print(end="")
print("a", "b", sep=None, end=None)  # expect: a b
