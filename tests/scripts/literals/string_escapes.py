# Backslash escape sequences in string literals.
print("tab:\t|")  # expect: tab:	|
print("a\\b")  # expect: a\b
print('it\'s', "say \"x\"")  # expect: it's say "x"
print("\x41\x62", "\101", "\u00e9", "\U0001F600" == "\U0001f600")  # expect: Ab A é True
print(len("a\nb"), len("\0"), ord("\0"))  # expect: 3 1 0
print("line1\nline2")
# expect: line1
# expect: line2
print(ord("\r"), ord("\a"), ord("\b"), ord("\f"), ord("\v"))  # expect: 13 7 8 12 11
