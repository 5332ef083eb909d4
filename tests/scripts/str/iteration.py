# Iterating over a string yields its characters.
for ch in "abc":
    print(ch)
# expect: a
# expect: b
# expect: c
print(list("héé"))  # expect: ['h', 'é', 'é']
