# Removing duplicates while keeping first-seen order uses a set plus a list.
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)  # expect: [3, 1, 2, 5]
