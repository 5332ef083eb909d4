# Single- and double-quoted strings are the same type and may contain the other quote.
a = 'single'
b = "double"
print(a, b)  # expect: single double
print("it's", 'say "hi"')  # expect: it's say "hi"
print('' == "")  # expect: True
print(type('x') is type("x"))  # expect: True
