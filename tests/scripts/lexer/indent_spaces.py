# Blocks may use any consistent number of spaces, and nesting levels may differ in width.
def f(x):
  if x > 0:
        return "positive"
  else:
     if x == 0:
         return "zero"
     return "negative"

print(f(5))  # expect: positive
print(f(0))  # expect: zero
print(f(-3))  # expect: negative
