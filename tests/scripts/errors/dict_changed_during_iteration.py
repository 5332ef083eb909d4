# Uncaught: adding keys to a dict while iterating over it.
d = {"a": 1}
for k in d:
    d[k + "x"] = 0
# expect error: RuntimeError: dictionary changed size during iteration
