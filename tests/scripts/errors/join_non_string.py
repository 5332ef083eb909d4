# Uncaught: str.join with a non-string item reports the item's position.
print(", ".join(["a", "b", 3]))
# expect error: TypeError: sequence item 2: expected str instance, int found
