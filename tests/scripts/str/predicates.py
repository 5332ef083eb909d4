# The is* family of str predicates.
print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab1".isalpha(), "é".isalpha())  # expect: True False True
print("ab1".isalnum(), "ab 1".isalnum())  # expect: True False
print(" \t\n".isspace(), "".isspace())  # expect: True False
print("ABC".isupper(), "AbC".isupper(), "abc1".islower())  # expect: True False True
print("Hello World".istitle(), "Hello world".istitle())  # expect: True False
print("42".isdecimal(), "42".isnumeric(), "x_1".isidentifier(), "1x".isidentifier())  # expect: True True True False
