# min and max accept key= and, for iterables, default=.
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))  # expect: fig banana
print(max(words, key=lambda w: w[-1]))  # expect: pear
print(max([], default="empty"), min([], default=None))  # expect: empty None
print(max([3, 1], default=0), max(["a", "bb", "cc"], key=len))  # expect: 3 bb
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
