# join needs an iterable of str.
print("-".join(x for x in "abc"), "".join({"k": 1}), ", ".join(("é", "ü")))  # expect: a-b-c k é, ü
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)  # expect: sequence item 0: expected str instance, int found
try:
    ",".join(5)
except TypeError as e:
    print(e)  # expect: can only join an iterable
try:
    ",".join(["a", None])
except TypeError as e:
    print(e)  # expect: sequence item 1: expected str instance, NoneType found
