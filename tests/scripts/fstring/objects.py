# f-strings format containers, None, booleans and big integers with str().
print(f"{None} {True} {[1, 'a']} {(1,)} {2 ** 70}")  # expect: None True [1, 'a'] (1,) 1180591620717411303424
print(f"{0.1 + 0.2}")  # expect: 0.30000000000000004
print(f"{'x':s}{1.5:}")  # expect: x1.5
