# An uncaught assert with a message reports it after "AssertionError: ".
def check(items):
    assert len(items) > 2, f"need 3 items, got {len(items)}"


check([1, 2])
# expect error: AssertionError: need 3 items, got 2
