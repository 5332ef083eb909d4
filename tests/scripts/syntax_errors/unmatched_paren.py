# A closing parenthesis with no opening one.
x = 1)
# expect error: SyntaxError: unmatched ')'
