# writelines takes any iterable and adds no newlines.
with open("w.txt", "w") as f:
    f.writelines(f"{i}," for i in range(5))
    f.writelines(("a", "b"))
print(open("w.txt").read())  # expect: 0,1,2,3,4,ab
