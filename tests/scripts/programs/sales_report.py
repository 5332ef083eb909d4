# Program: a text report over generated sales records, built by its own helper package _report (records, statistics, tables) from generator pipelines.
import sys

import _report
from _report import VERSION, ReportError, build_report
from _report.records import Sale, generate_sales, parse_csv, parse_lenient, to_csv
from _report import tables


def round_trip(count):
    """Sales go out as CSV text and come back through the parser unchanged."""
    original = list(generate_sales(count, seed=11))
    parsed = list(parse_csv(to_csv(original)))
    return all(repr(a) == repr(b) for a, b in zip(original, parsed)) and len(parsed) == count


def main():
    print(f"report package {VERSION}, modules loaded:",
          sorted(m for m in sys.modules if m.startswith("_report")))
    print("round trip ok:", round_trip(50))

    lines = list(to_csv(generate_sales(400)))
    # A few damaged lines, as real input would have.
    lines.insert(10, "13,north,anvil,1,4999")
    lines.insert(50, "3,north,anvil")
    lines.insert(120, "5,mars,drill,2,8900")
    lines.insert(200, "7,west,easel,two,2475")
    rejected = []
    sales = list(parse_lenient(lines, rejected))
    print(f"parsed {len(sales)} of {len(lines)} lines")
    print()

    for line in build_report(sales, rejected, title=f"Sales report v{VERSION}"):
        print(line)

    print()
    # Sections that fail are reported, not fatal; unknown ones are flagged.
    free_sample = [Sale(6, "east", "candle", 0, 125)]
    for line in build_report(free_sample, only=["regions", "months", "summary"]):
        print(line)
    try:
        list(build_report([]))
    except ReportError as err:
        print("no report:", err)
    try:
        next(parse_csv(["1,north,anvil,x,5"]))
    except _report.RecordError as err:
        print(f"strict parse: {err} (cause: {err.__cause__!r})")
    print(list(tables.bars(["a", "bb"], [0, 0])))


if __name__ == "__main__":
    main()
# expect: report package 1.2, modules loaded: ['_report', '_report.builder', '_report.errors', '_report.records', '_report.stats', '_report.tables']
# expect: round trip ok: True
# expect: parsed 400 of 404 lines
# expect:
# expect: =====================
# expect: | Sales report v1.2 |
# expect: =====================
# expect: 400 sales, 4208 units, 150,380.01 in total
# expect:
# expect: Sales by region
# expect: +--------+-------+-----------+-------+
# expect: | region | sales |   revenue | share |
# expect: +--------+-------+-----------+-------+
# expect: | east   |   102 | 42,753.84 | 28.4% |
# expect: | north  |   101 | 44,504.39 | 29.6% |
# expect: | south  |   103 | 28,697.78 | 19.1% |
# expect: | west   |    94 | 34,424.00 | 22.9% |
# expect: +--------+-------+-----------+-------+
# expect:
# expect: Top 3 products
# expect:   1. drill       83,126.00
# expect:   2. anvil       38,692.26
# expect:   3. easel       25,121.25
# expect:
# expect: Revenue by month (3-month moving average in brackets)
# expect: Jan ################### 14,866.80 [14,866.80]
# expect: Feb ############# 10,068.74 [12,467.77]
# expect: Mar ############## 11,544.78 [12,160.11]
# expect: Apr ################## 14,160.56 [11,924.69]
# expect: May ################# 13,332.96 [13,012.77]
# expect: Jun ######## 6,481.37 [11,324.96]
# expect: Jul ################# 13,790.91 [11,201.75]
# expect: Aug ############## 11,398.46 [10,556.91]
# expect: Sep ####### 5,672.85 [10,287.41]
# expect: Oct ############### 11,746.00 [9,605.77]
# expect: Nov ####################### 18,124.67 [11,847.84]
# expect: Dec ######################## 19,191.91 [16,354.19]
# expect: Half of the year's revenue was reached in Jul.
# expect:
# expect: Orders above 4x the median order
# expect:   May east  drill   15 x  89.00 = 1,335.00
# expect:   Mar east  drill   11 x  89.00 = 979.00
# expect:   Oct west  drill   15 x  89.00 = 1,335.00
# expect:   Jul west  anvil   19 x  49.99 = 949.81
# expect:   May north anvil   20 x  49.99 = 999.80
# expect:   ... and 67 more
# expect:   72 in all
# expect:
# expect: Rejected input lines: 4
# expect:   line 11: month 13 out of range: '13,north,anvil,1,4999'
# expect:   line 51: expected 5 fields, got 3: '3,north,anvil'
# expect:   line 121: unknown region 'mars': '5,mars,drill,2,8900'
# expect:   line 201: bad number (ValueError): '7,west,easel,two,2475'
# expect:
# expect: [section 'regions' failed: ZeroDivisionError: division by zero]
# expect:
# expect: Revenue by month (3-month moving average in brackets)
# expect: Jun 0.00 [0.00]
# expect: Half of the year's revenue was reached in Jun.
# expect: [unknown section 'summary']
# expect: no report: no sales to report on
# expect: strict parse: line 1: bad number (cause: ValueError("invalid literal for int() with base 10: 'x'"))
# expect: [' a 0.00', 'bb 0.00']
