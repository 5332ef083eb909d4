# Uncaught: input() at the end of standard input.
input()
# expect error: EOFError: EOF when reading a line
