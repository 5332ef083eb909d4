# Triple-quoted f-strings span lines; expressions may call functions.
def label(v):
    return "big" if v > 10 else "small"

items = [3, 30]
report = f"""Items: {len(items)}
first: {items[0]} ({label(items[0])})
last: {items[-1]} ({label(items[-1])})"""
print(report)
# expect: Items: 2
# expect: first: 3 (small)
# expect: last: 30 (big)
