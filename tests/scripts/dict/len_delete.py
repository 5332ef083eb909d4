# del removes a key; len counts entries.
d = {i: i * i for i in range(5)}
del d[0]
del d[3]
print(d, len(d))  # expect: {1: 1, 2: 4, 4: 16} 3
