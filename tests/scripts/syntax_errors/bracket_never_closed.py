# An opening bracket without its closing one.
values = [1, 2,
          3
# expect error: SyntaxError: '[' was never closed
