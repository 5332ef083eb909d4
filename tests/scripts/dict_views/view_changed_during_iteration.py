# Changing a dict's size while iterating over it is an error.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
