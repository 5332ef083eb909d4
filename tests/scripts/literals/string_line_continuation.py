# A backslash before a newline inside a string literal removes the newline.
s = "abc\
def"
print(s)  # expect: abcdef
t = """x\
y"""
print(t)  # expect: xy
