# Uncaught: int() of a string invalid in the given base.
int("12", 2)
# expect error: ValueError: invalid literal for int() with base 2: '12'
