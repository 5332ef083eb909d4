# Program: word frequencies over an embedded text, printed in a stable sorted order.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

PUNCTUATION = ",.;:!?\"'"


def words_of(text):
    words = []
    for raw in text.split():
        word = raw.strip(PUNCTUATION).lower()
        if word:
            words.append(word)
    return words


def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


words = words_of(TEXT)
counts = frequencies(words)
print("words:", len(words), "distinct:", len(counts))

# Most frequent first; ties broken alphabetically so the order never depends on hashing.
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{n:>3}")

once = sorted([w for w in counts if counts[w] == 1])
print("used once:", ", ".join(once))

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = frequencies("".join(words))
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", " ".join([f"{c}={n}" for c, n in top]))

# expect: words: 60 distinct: 20
# expect: it       10
# expect: of       10
# expect: the      10
# expect: was      10
# expect: age       2
# expect: epoch     2
# expect: used once: belief, best, darkness, despair, foolishness, hope, incredulity, light, spring, winter, wisdom, worst
# expect: 2 ['it', 'of']
# expect: 3 ['age', 'the', 'was']
# expect: 4 ['best', 'hope']
# expect: 5 ['epoch', 'light', 'times', 'worst']
# expect: 6 ['belief', 'season', 'spring', 'winter', 'wisdom']
# expect: 7 ['despair']
# expect: 8 ['darkness']
# expect: 11 ['foolishness', 'incredulity']
# expect: longest word: incredulity 11
# expect: top letters: e=27 t=27 s=26 i=21 o=19
