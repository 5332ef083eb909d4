# Summing floats in a loop accumulates rounding error exactly as IEEE doubles do.
t = 0.0
for _ in range(10):
    t += 0.1
print(t)  # expect: 0.9999999999999999
print(t == 1.0, round(t, 10) == 1.0)  # expect: False True
x = 1.0
for _ in range(5):
    x /= 3
print(x)  # expect: 0.004115226337448559
