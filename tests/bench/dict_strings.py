# Measures str-keyed dicts: building keys (f-strings, concatenation), counting, in, get, updates, deletes, items().

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
         "gil", "lock", "thread", "queue", "async", "await", "fiber", "heap"]

TEXT_WORDS = 300_000
KEYS = 150_000


def make_text(n, seed):
    # A linear congruential generator instead of `random`, so the text (and the
    # checksum) is identical in every interpreter, the Lua twin included.
    text = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        text.append(WORDS[(seed >> 16) & 15] + str(seed % 61))
    return text


def count_words(text):
    # Two counting idioms people write, one with get() and one with `in`.
    by_get = {}
    for w in text:
        by_get[w] = by_get.get(w, 0) + 1
    by_in = {}
    for w in text:
        if w in by_in:
            by_in[w] += 1
        else:
            by_in[w] = 1
    same = 0
    for w, c in by_get.items():
        if by_in[w] == c:
            same += 1
    return by_get, same


def most_common(counts):
    # Ties go to the smallest word so the answer does not depend on order.
    best, best_n = "", -1
    for w, c in counts.items():
        if c > best_n or (c == best_n and w < best):
            best, best_n = w, c
    return best, best_n


def by_prefix(counts):
    groups = {}
    for w, c in counts.items():
        p = w[:3]
        groups[p] = groups.get(p, 0) + c
    return groups


def index_keys(n):
    index = {}
    for i in range(n):
        index[f"user:{i}:{i % 13}"] = i
    # Half the probes miss, and each probe builds a fresh string, so its hash
    # is computed rather than cached.
    found = 0
    missed = 0
    for i in range(0, 2 * n, 2):
        key = "user:" + str(i) + ":" + str(i % 13)
        if key in index:
            found += index[key]
        else:
            missed += 1
    for i in range(n):
        key = f"user:{i}:{i % 13}"
        index[key] = index[key] * 3 + 1
    for i in range(0, n, 3):
        del index[f"user:{i}:{i % 13}"]
    total = 0
    length = 0
    for k, v in index.items():
        total = (total + v * len(k)) % 1_000_000_007
        length += 1
    return found, missed, total, length, len(index)


def main():
    text = make_text(TEXT_WORDS, 42)
    counts, same = count_words(text)
    word, n = most_common(counts)
    groups = by_prefix(counts)
    found, missed, total, length, size = index_keys(KEYS)
    print("distinct", len(counts), "agree", same, "top", word, n)
    print("prefixes", len(groups), "the", groups.get("the", 0), "zzz", groups.get("zzz", 0))
    print("index", found, missed, total, length, size)


main()
