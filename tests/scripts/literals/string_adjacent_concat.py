# Adjacent string literals are joined at compile time.
s = "ab" 'cd' """ef"""
print(s)  # expect: abcdef
t = ("one "
     "two "
     "three")
print(t)  # expect: one two three
print("x" r"\y")  # expect: x\y
