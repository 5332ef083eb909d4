# Functions carry their name and accept new attributes.
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls, counter.__name__)  # expect: 2 counter
setattr(counter, "label", "x")
print(getattr(counter, "label"), hasattr(counter, "missing"))  # expect: x False
