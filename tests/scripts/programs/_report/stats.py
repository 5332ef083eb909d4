# Aggregations over sales, mostly as generators so sections can stream them.


def group_totals(sales, key):
    """Total cents per key, in first-seen order."""
    totals = {}
    for s in sales:
        k = key(s)
        totals[k] = totals.get(k, 0) + s.total_cents
    return totals


def ranked(totals, limit=None):
    """(rank, key, value) from the largest value down; ties keep key order."""
    order = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (k, v) in enumerate(order, 1):
        if limit is not None and rank > limit:
            return
        yield rank, k, v


def running(values):
    total = 0
    for v in values:
        total += v
        yield total


def moving_average(values, window):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        yield sum(buf) / len(buf)


def median(values):
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of no values")
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def outliers(sales, factor):
    """Sales whose total is more than `factor` times the median total."""
    sales = list(sales)
    m = median(s.total_cents for s in sales)
    return (s for s in sales if s.total_cents > factor * m)
