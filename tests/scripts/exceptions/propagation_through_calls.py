# Exceptions propagate up through function calls until handled.
def level3():
    return int("three")
def level2():
    return level3() + 1
def level1():
    try:
        return level2()
    except ValueError as e:
        return "handled: " + str(e)
print(level1())  # expect: handled: invalid literal for int() with base 10: 'three'
