# Uncaught: finally runs and prints before the exception is reported.
try:
    print("try")  # expect: try
    int("nope")
finally:
    print("finally")  # expect: finally
# expect error: ValueError: invalid literal for int() with base 10: 'nope'
