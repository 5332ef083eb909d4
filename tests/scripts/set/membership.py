# Membership tests and iteration over sets.
s = {"apple", "banana", "cherry"}
print("apple" in s, "grape" in s, "grape" not in s)  # expect: True False True
print(sorted(s))  # expect: ['apple', 'banana', 'cherry']
total = 0
for n in {5, 10, 15}:
    total += n
print(total)  # expect: 30
