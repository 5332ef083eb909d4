# !r and !s conversions apply repr() and str() before formatting.
s = "text"
print(f"{s!r} {s!s} {s}")  # expect: 'text' text text
print(f"{[s]!s} {3.0!r}")  # expect: ['text'] 3.0
print(f"{s!r:>10}|")  # expect:     'text'|
print(f"{'a' + chr(10)!r}")  # expect: 'a\n'
