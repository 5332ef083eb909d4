# The truth value of built-in objects.
values = [0, 0.0, "", [], (), {}, set(), None, False, range(0), b""]
print([bool(v) for v in values])  # expect: [False, False, False, False, False, False, False, False, False, False, False]
print(bool(-1), bool(0.1), bool("0"), bool([0]), bool((None,)), bool(" "))  # expect: True True True True True True
