# Specs nest at most one level deep inside a spec.
print("{:{}}".format(1, 5) + "|")  # expect:     1|
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(e)  # expect: Max string recursion exceeded
