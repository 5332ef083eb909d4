# A backslash at the end of a line joins it with the next one.
total = 1 + \
        2 + \
    3
print(total)  # expect: 6
if total == 6 and \
   total > 0:
    print("joined")  # expect: joined
s = "abc" \
    "def"
print(s)  # expect: abcdef
