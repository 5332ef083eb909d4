# A for loop's variable keeps its last value after the loop.
for i in range(5):
    pass
print(i)  # expect: 4
for ch in "xyz":
    if ch == "y":
        break
print(ch)  # expect: y
