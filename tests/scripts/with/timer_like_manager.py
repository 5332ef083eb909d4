# Program: a reusable context manager that records named sections and their outcomes.
class Section:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Section.log.append(f"start {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = "ok" if exc_type is None else f"failed ({exc_type.__name__}: {exc})"
        Section.log.append(f"end {self.name}: {outcome}")
        return exc_type is KeyError


with Section("load") as s:
    data = {"a": 1}
with Section("lookup"):
    data["missing"]
try:
    with Section("parse"):
        int("zz")
except ValueError:
    Section.log.append("handled ValueError")
print("\n".join(Section.log))

# expect: start load
# expect: end load: ok
# expect: start lookup
# expect: end lookup: failed (KeyError: 'missing')
# expect: start parse
# expect: end parse: failed (ValueError: invalid literal for int() with base 10: 'zz')
# expect: handled ValueError
