# Measures a tight loop whose variables are module globals (dict lookups per step in CPython).
count = 0
for i in range(10_000_000):
    count = count + i
print(count)
