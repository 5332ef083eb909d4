# Plain-text tables and bar charts, produced line by line.


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


def table(headers, rows, aligns):
    """Yields the lines of a table; aligns is a string of 'l'/'r' per column."""
    rows = [[str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def fmt(cells):
        parts = []
        for cell, width, align in zip(cells, widths, aligns):
            parts.append(cell.rjust(width) if align == "r" else cell.ljust(width))
        return "| " + " | ".join(parts) + " |"

    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    yield rule
    yield fmt(headers)
    yield rule
    for row in rows:
        yield fmt(row)
    yield rule


def bars(labels, values, width=30, mark="#"):
    top = max(values) if values else 0
    label_width = max((len(l) for l in labels), default=0)
    for label, v in zip(labels, values):
        n = 0 if top == 0 else round(v * width / top)
        yield f"{label.rjust(label_width)} {mark * n}{' ' if n else ''}{money(v)}"


def boxed(title):
    line = "=" * (len(title) + 4)
    yield line
    yield f"| {title} |"
    yield line
