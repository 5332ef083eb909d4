# A triple-quoted string that never ends.
x = 1
s = """abc

more text
# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 6)
