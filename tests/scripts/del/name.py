# del removes a name binding.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(e)  # expect: name 'x' is not defined
x = 20
print(x)  # expect: 20
