# upper, lower, title, capitalize, swapcase and casefold.
s = "hello World of PYTHON"
print(s.upper())  # expect: HELLO WORLD OF PYTHON
print(s.lower())  # expect: hello world of python
print(s.title())  # expect: Hello World Of Python
print(s.capitalize())  # expect: Hello world of python
print(s.swapcase())  # expect: HELLO wORLD OF python
print("they're bill's".title())  # expect: They'Re Bill'S
print("Straße".upper(), "ÉCOLE".lower())  # expect: STRASSE école
print("MiXeD".casefold())  # expect: mixed
