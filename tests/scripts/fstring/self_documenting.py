# The = specifier prints the expression text followed by its value.
x = 10
name = "gilt"
print(f"{x=}")  # expect: x=10
print(f"{name=}")  # expect: name='gilt'
print(f"{x * 2 = }")  # expect: x * 2 = 20
print(f"{x=:5d}|")  # expect: x=   10|
print(f"{name=!s}")  # expect: name=gilt
print(f"{3.5=:.2f}")  # expect: 3.5=3.50
