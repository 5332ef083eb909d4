# Several generators advanced in turn keep independent state.
def letters(word):
    for ch in word:
        yield ch


gens = [letters("abc"), letters("12"), letters("xyz")]
out = []
while gens:
    for g in list(gens):
        try:
            out.append(next(g))
        except StopIteration:
            gens.remove(g)
print("".join(out))  # expect: a1xb2ycz
