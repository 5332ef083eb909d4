# any and all, including their results for empty iterables and their short-circuiting.
print(any([0, "", 3]), any([]), any([0, None]))  # expect: True False False
print(all([1, "a", [0]]), all([]), all([1, 0]))  # expect: True True False
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 3, 5])), seen)  # expect: True [1, 3]
