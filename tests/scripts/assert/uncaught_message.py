# Uncaught: a failing assert with a formatted message.
count = 3
assert count == 4, f"expected 4 items, got {count}"
# expect error: AssertionError: expected 4 items, got 3
