# Uncaught: a missing dict key shows the key's repr.
d = {"a": 1}
print(d["k"])
# expect error: KeyError: 'k'
