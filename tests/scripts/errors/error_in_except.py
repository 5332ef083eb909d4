# Uncaught: an exception raised while handling another; the new one is reported last.
try:
    1 / 0
except ZeroDivisionError:
    [].pop()
# expect error: IndexError: pop from empty list
