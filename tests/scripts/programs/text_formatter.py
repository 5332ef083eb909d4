# Program: word wrapping, justification and a formatted table, all with f-strings.
PARAGRAPH = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
             "liquor jugs. How vexingly quick daft zebras jump!")


def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


width = 28
print("+" + "-" * width + "+")
lines = wrap(PARAGRAPH, width)
for i, words in enumerate(lines):
    body = justify(words, width) if i < len(lines) - 1 else " ".join(words)
    print(f"|{body:<{width}}|")
print("+" + "-" * width + "+")
for words in lines[:2]:
    print(f"|{' '.join(words):^{width}}|")
    print(f"|{' '.join(words):>{width}}|")

rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.02), ("dates", 7, 1.125)]
header = f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}"
print(header)
print("=" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5}{price:>8.2f}{total:>9.2f}")
print("-" * len(header))
qty_total = sum([r[1] for r in rows])
print(f"{'sum':<10}{qty_total:>5}{'':>8}{grand:>9.2f}")
print(f"{'share':<10}" + "".join([f"{r[1] / qty_total:>7.1%}" for r in rows]))

# expect: +----------------------------+
# expect: |The  quick  brown  fox jumps|
# expect: |over  the  lazy dog. Pack my|
# expect: |box  with  five dozen liquor|
# expect: |jugs.   How  vexingly  quick|
# expect: |daft zebras jump!           |
# expect: +----------------------------+
# expect: | The quick brown fox jumps  |
# expect: |   The quick brown fox jumps|
# expect: | over the lazy dog. Pack my |
# expect: |  over the lazy dog. Pack my|
# expect: item        qty   price    total
# expect: ================================
# expect: apples        3    0.50     1.50
# expect: bananas      12    0.25     3.00
# expect: cherries    250    0.02     5.00
# expect: dates         7    1.12     7.88
# expect: --------------------------------
# expect: sum         272            17.38
# expect: share        1.1%   4.4%  91.9%   2.6%
