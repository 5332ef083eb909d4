# Sales records: a deterministic generator of them, and a parser for their CSV form.
from .errors import RecordError

REGIONS = ["north", "south", "east", "west"]
PRODUCTS = ["anvil", "bucket", "candle", "drill", "easel"]
PRICES = {"anvil": 4999, "bucket": 350, "candle": 125, "drill": 8900, "easel": 2475}


class Sale:
    def __init__(self, month, region, product, quantity, unit_cents):
        self.month = month
        self.region = region
        self.product = product
        self.quantity = quantity
        self.unit_cents = unit_cents

    @property
    def total_cents(self):
        return self.quantity * self.unit_cents

    def __repr__(self):
        return f"Sale({self.month}, {self.region}, {self.product}, {self.quantity}x{self.unit_cents})"


def lcg(seed):
    """An endless stream of pseudo-random numbers, the same under every interpreter."""
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def generate_sales(count, seed=7):
    # The high bits: an LCG's low bits repeat with short periods.
    numbers = (x >> 16 for x in lcg(seed))
    for _ in range(count):
        month = next(numbers) % 12 + 1
        region = REGIONS[next(numbers) % len(REGIONS)]
        product = PRODUCTS[next(numbers) % len(PRODUCTS)]
        quantity = next(numbers) % 20 + 1
        # Seasonal discount: winter months sell candles cheaper.
        price = PRICES[product]
        if product == "candle" and month in (12, 1, 2):
            price = price * 80 // 100
        yield Sale(month, region, product, quantity, price)


def to_csv(sales):
    for s in sales:
        yield f"{s.month},{s.region},{s.product},{s.quantity},{s.unit_cents}"


def parse_csv(lines):
    """Yields a Sale per good line; raises RecordError for the first bad one."""
    for line_no, text in enumerate(lines, 1):
        fields = text.split(",")
        if len(fields) != 5:
            raise RecordError(line_no, text, f"expected 5 fields, got {len(fields)}")
        month, region, product, quantity, cents = fields
        try:
            month_no = int(month)
            qty = int(quantity)
            unit = int(cents)
        except ValueError as err:
            raise RecordError(line_no, text, "bad number") from err
        if not 1 <= month_no <= 12:
            raise RecordError(line_no, text, f"month {month_no} out of range")
        if region not in REGIONS:
            raise RecordError(line_no, text, f"unknown region {region!r}")
        yield Sale(month_no, region, product, qty, unit)


def parse_lenient(lines, rejected):
    """Like parse_csv, but skips bad lines, appending their errors to `rejected`."""
    for line_no, text in enumerate(lines, 1):
        try:
            yield from parse_csv([text])
        except RecordError as err:
            # Renumbered for the whole input; the original cause stays attached.
            renumbered = RecordError(line_no, text, err.reason)
            renumbered.__cause__ = err.__cause__
            rejected.append(renumbered)
