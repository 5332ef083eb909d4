# Prints when its body runs, so tests can count how often that happens.
print("loading counter_mod")
loads = 1
