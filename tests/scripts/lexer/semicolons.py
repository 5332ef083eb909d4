# Semicolons separate simple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c); print("second")
# expect: 1 2 3
# expect: second
x = 0; x += 5;
print(x)  # expect: 5
