# str.join concatenates strings from any iterable with a separator.
print(", ".join(["a", "b", "c"]))  # expect: a, b, c
print("".join(["x", "y"]))  # expect: xy
print("-".join("abc"))  # expect: a-b-c
print("|".join([]))  # expect:
print("+".join(map(str, range(4))))  # expect: 0+1+2+3
print(" ".join(("tuple", "works")))  # expect: tuple works
