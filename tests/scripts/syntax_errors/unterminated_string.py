# A string literal that runs to the end of the line.
x = "abc
# expect error: SyntaxError: unterminated string literal (detected at line 2)
