# String methods return new strings; the original is unchanged.
s = "  Mixed Case  "
t = s.strip().lower().replace(" ", "_")
print(t)  # expect: mixed_case
print("[" + s + "]")  # expect: [  Mixed Case  ]
print(s.strip().split()[1].upper())  # expect: CASE
