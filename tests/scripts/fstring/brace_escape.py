# Doubled braces produce literal braces.
x = 5
print(f"{{x}}")  # expect: {x}
print(f"{{{x}}}")  # expect: {5}
print(f"{{}} {x} }}{{")  # expect: {} 5 }{
print(f"{ {'a': x} }")  # expect: {'a': 5}
