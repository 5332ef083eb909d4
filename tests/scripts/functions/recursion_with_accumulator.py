# Recursion that builds results in a list passed down the calls.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
perms = permutations([1, 2, 3])
print(len(perms), perms[0], perms[-1])  # expect: 6 [1, 2, 3] [3, 2, 1]
def flatten(x, acc):
    for item in x:
        if isinstance(item, list):
            flatten(item, acc)
        else:
            acc.append(item)
    return acc
print(flatten([1, [2, [3, [4]], 5]], []))  # expect: [1, 2, 3, 4, 5]
