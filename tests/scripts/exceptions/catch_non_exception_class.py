# Catching something that is not an exception class is a TypeError, raised when the clause is tested.
try:
    try:
        1 / 0
    except int:
        print("no")
except TypeError as e:
    print(e)  # expect: catching classes that do not inherit from BaseException is not allowed
