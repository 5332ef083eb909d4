# The name bound by except ... as is deleted when the clause ends.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)  # expect: inside: division by zero
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
