# Uncaught: CPython 3.11 refuses to convert ints of more than 4300 digits to str.
n = 10 ** 5000
print(len(str(10 ** 4299)))  # expect: 4300
print(str(n))
# expect error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
