# Handling an exception inside a loop lets the loop continue.
results = []
for s in ["1", "two", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
print(results)  # expect: [1, None, 3, None, 5]
