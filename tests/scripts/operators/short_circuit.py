# The right operand of and/or is not evaluated when the left decides the result.
def boom():
    print("evaluated")
    return True
print(False and boom())  # expect: False
print(True or boom())  # expect: True
print(True and boom())
# expect: evaluated
# expect: True
x = None
print(x is not None and x > 3)  # expect: False
