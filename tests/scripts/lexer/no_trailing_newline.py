# A file whose last line has no newline still runs its last statement.
x = 40
print(x + 2)  # expect: 42