# Program: Conway's game of life on a small wrapping grid, using sets of (row, col) cells.
ROWS, COLS = 8, 10


def parse(picture):
    cells = set()
    for r, line in enumerate(picture.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def neighbours(cell):
    r, c = cell
    return [((r + dr) % ROWS, (c + dc) % COLS)
            for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}


def render(live):
    return ["".join(["#" if (r, c) in live else "." for c in range(COLS)]) for r in range(ROWS)]


glider = parse("""
.#.
..#
###
""")
live = glider
for generation in range(5):
    print(f"generation {generation}: {len(live)} cells")
    if generation in (0, 4):
        for line in render(live):
            print(line)
    live = step(live)

# In 32 generations the glider moves 8 cells down and 8 right; with 8 rows it wraps to the same rows.
live = glider
for _ in range(32):
    live = step(live)
print(sorted(live) == sorted({(r, (c + 8) % COLS) for r, c in glider}))

blinker = {(1, 1), (1, 2), (1, 3)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)

# expect: generation 0: 5 cells
# expect: .#........
# expect: ..#.......
# expect: ###.......
# expect: ..........
# expect: ..........
# expect: ..........
# expect: ..........
# expect: ..........
# expect: generation 1: 5 cells
# expect: generation 2: 5 cells
# expect: generation 3: 5 cells
# expect: generation 4: 5 cells
# expect: ..........
# expect: ..#.......
# expect: ...#......
# expect: .###......
# expect: ..........
# expect: ..........
# expect: ..........
# expect: ..........
# expect: True
# expect: [(0, 2), (1, 2), (2, 2)] True
