# Assembles the report from sections; every section is a generator of lines.
from . import stats
from .errors import ReportError
from .tables import bars, boxed, money, table

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def header(sales, title):
    yield from boxed(title)
    total = sum(s.total_cents for s in sales)
    units = sum(s.quantity for s in sales)
    yield f"{len(sales)} sales, {units} units, {money(total)} in total"


def by_region(sales):
    yield ""
    yield "Sales by region"
    totals = stats.group_totals(sales, lambda s: s.region)
    counts = {}
    for s in sales:
        counts[s.region] = counts.get(s.region, 0) + 1
    rows = [(r, counts[r], money(v), f"{100 * v / sum(totals.values()):.1f}%") for r, v in sorted(totals.items())]
    yield from table(["region", "sales", "revenue", "share"], rows, "lrrr")


def product_ranking(sales, limit):
    yield ""
    yield f"Top {limit} products"
    totals = stats.group_totals(sales, lambda s: s.product)
    for rank, product, cents in stats.ranked(totals, limit):
        yield f"  {rank}. {product:<8} {money(cents):>12}"


def monthly_trend(sales):
    yield ""
    yield "Revenue by month (3-month moving average in brackets)"
    totals = stats.group_totals(sales, lambda s: s.month)
    months = sorted(totals)
    values = [totals[m] for m in months]
    averages = stats.moving_average(values, 3)
    for line, avg in zip(bars([MONTHS[m - 1] for m in months], values, width=24), averages):
        yield f"{line} [{money(round(avg))}]"
    cumulative = list(stats.running(values))
    half = next(i for i, c in enumerate(cumulative) if c * 2 >= cumulative[-1])
    yield f"Half of the year's revenue was reached in {MONTHS[months[half] - 1]}."


def big_orders(sales, factor):
    yield ""
    yield f"Orders above {factor}x the median order"
    found = 0
    for s in stats.outliers(sales, factor):
        found += 1
        if found <= 5:
            yield f"  {MONTHS[s.month - 1]} {s.region:<5} {s.product:<7} {s.quantity:>2} x {money(s.unit_cents):>6} = {money(s.total_cents)}"
    if found > 5:
        yield f"  ... and {found - 5} more"
    yield f"  {found} in all"


def rejected_section(rejected):
    yield ""
    yield f"Rejected input lines: {len(rejected)}"
    for err in rejected:
        cause = f" ({type(err.__cause__).__name__})" if err.__cause__ else ""
        yield f"  {err}{cause}: {err.text!r}"


SECTIONS = ["header", "regions", "products", "months", "big orders", "rejected"]


def build_report(sales, rejected=(), title="Sales report", only=None):
    """Yields the report's lines; a failing section is replaced by a note."""
    sales = list(sales)
    if not sales:
        raise ReportError("no sales to report on")
    makers = {
        "header": lambda: header(sales, title),
        "regions": lambda: by_region(sales),
        "products": lambda: product_ranking(sales, 3),
        "months": lambda: monthly_trend(sales),
        "big orders": lambda: big_orders(sales, 4),
        "rejected": lambda: rejected_section(rejected),
    }
    for name in only or SECTIONS:
        if name not in makers:
            yield f"[unknown section {name!r}]"
            continue
        lines = []
        try:
            for line in makers[name]():
                lines.append(line)
        except (ValueError, ZeroDivisionError, StopIteration) as err:
            yield f"[section {name!r} failed: {type(err).__name__}: {err}]"
        else:
            yield from lines
